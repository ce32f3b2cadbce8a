/*
 * The operator's map (Leaflet). On the alert form ("edit"): a click sets the incident point and draws the circle, whose
 * radius follows the alert type and can be changed with the slider, the number field or by dragging the handle on its
 * edge; or a polygon is drawn corner by corner. The area goes into the form's hidden fields and every change asks the
 * server for the live recipient count (debounced). On the alert page ("view"): the alert's area, read-only.
 *
 * Works without map tiles: the area is drawn on a plain grid (see operator.css).
 */
window.BurgernetAlertMap = (function () {
    'use strict';

    var MIN_RADIUS = 50;
    var MAX_RADIUS = 50000;
    var COUNT_DELAY_MS = 400;

    var map;
    var container;
    var formId;
    var mode = 'circle';
    var radii = {};
    var circle;
    var centreMarker;
    var radiusHandle;
    var corners = [];
    var polygon;
    var cornerMarkers = [];
    var countTimer;

    function field(name) {
        return document.getElementById(formId + ':' + name);
    }

    function handleIcon(cls) {
        return L.divIcon({className: 'bn-handle ' + cls, iconSize: [14, 14], iconAnchor: [7, 7]});
    }

    function round6(x) {
        return Math.round(x * 1e6) / 1e6;
    }

    function clampRadius(r) {
        return Math.max(MIN_RADIUS, Math.min(MAX_RADIUS, Math.round(r / 10) * 10));
    }

    function radius() {
        var r = parseInt(field('radius').value, 10);
        return isNaN(r) ? 0 : r;
    }

    /** The live count: a quiet moment after the last change, one request (the remote command on the form). */
    function scheduleCount() {
        if (countTimer) {
            clearTimeout(countTimer);
        }
        countTimer = setTimeout(function () {
            countTimer = null;
            if (typeof window.bnRefreshCount === 'function') {
                window.bnRefreshCount();
            }
        }, COUNT_DELAY_MS);
    }

    function areaStyle() {
        return {className: 'bn-area', color: '#b00020', weight: 2, fillColor: '#b00020', fillOpacity: 0.15};
    }

    // --- circle

    function edgePoint(centre, metres) {
        // East of the centre: one degree of longitude is cos(latitude) times a degree of latitude.
        var metresPerDegree = 111320 * Math.cos(centre.lat * Math.PI / 180);
        return L.latLng(centre.lat, centre.lng + metres / metresPerDegree);
    }

    function drawCircle(centre, metres) {
        if (!circle) {
            circle = L.circle(centre, Object.assign({radius: metres}, areaStyle())).addTo(map);
            centreMarker = L.marker(centre, {draggable: editing(), icon: handleIcon('bn-handle-centre'),
                keyboard: false}).addTo(map);
            if (editing()) {
                radiusHandle = L.marker(edgePoint(centre, metres), {draggable: true,
                    icon: handleIcon('bn-handle-radius'), keyboard: false}).addTo(map);
                centreMarker.on('drag', function (e) {
                    circle.setLatLng(e.target.getLatLng());
                    radiusHandle.setLatLng(edgePoint(e.target.getLatLng(), circle.getRadius()));
                });
                centreMarker.on('dragend', function (e) {
                    setCentre(e.target.getLatLng());
                });
                radiusHandle.on('drag', function (e) {
                    circle.setRadius(clampRadius(circle.getLatLng().distanceTo(e.target.getLatLng())));
                });
                radiusHandle.on('dragend', function (e) {
                    setRadius(circle.getLatLng().distanceTo(e.target.getLatLng()));
                });
            }
        } else {
            circle.setLatLng(centre);
            circle.setRadius(metres);
            centreMarker.setLatLng(centre);
            if (radiusHandle) {
                radiusHandle.setLatLng(edgePoint(centre, metres));
            }
        }
    }

    function removeCircle() {
        [circle, centreMarker, radiusHandle].forEach(function (layer) {
            if (layer) {
                map.removeLayer(layer);
            }
        });
        circle = centreMarker = radiusHandle = null;
    }

    function setCentre(latlng) {
        hideAreaMessage();
        field('area').value = 'circle';
        field('centreLatitude').value = round6(latlng.lat);
        field('centreLongitude').value = round6(latlng.lng);
        drawCircle(latlng, clampRadius(radius() || radii.SUSPECT || 1000));
        scheduleCount();
    }

    /** "500 km" or "20 m", as the operator's language writes numbers. */
    function distanceText(metres, lang) {
        if (metres >= 1000) {
            return (metres / 1000).toLocaleString(lang, {maximumFractionDigits: 1}) + ' km';
        }
        return Math.round(metres).toLocaleString(lang) + ' m';
    }

    /** Says so when a radius was beyond the limits and was changed to the nearest one, never silently. */
    function showRadiusNotice(metres) {
        var notice = document.getElementById('radiusNotice');
        if (!notice) {
            return;
        }
        var text = metres > MAX_RADIUS ? notice.getAttribute('data-max-text')
            : metres < MIN_RADIUS ? notice.getAttribute('data-min-text') : null;
        if (text) {
            notice.textContent = text.replace('{0}', distanceText(metres, notice.getAttribute('data-lang') || 'en'));
            notice.style.display = '';
        } else {
            notice.style.display = 'none';
        }
    }

    function setRadius(metres) {
        showRadiusNotice(metres);
        var r = clampRadius(metres);
        field('radius').value = r;
        document.getElementById('radiusSlider').value = r;
        if (circle) {
            drawCircle(circle.getLatLng(), r);
            scheduleCount();
        }
    }

    // --- polygon

    function drawPolygon() {
        if (polygon) {
            map.removeLayer(polygon);
            polygon = null;
        }
        if (corners.length >= 2) {
            polygon = (corners.length >= 3 ? L.polygon(corners, areaStyle()) : L.polyline(corners, areaStyle()))
                .addTo(map);
        }
        if (editing()) {
            cornerMarkers.forEach(function (m) {
                map.removeLayer(m);
            });
            cornerMarkers = corners.map(function (c) {
                return L.marker(c, {icon: handleIcon('bn-handle-corner'), interactive: false}).addTo(map);
            });
        }
    }

    function removePolygon() {
        corners = [];
        drawPolygon();
    }

    function addCorner(latlng) {
        corners.push(latlng);
        drawPolygon();
        var complete = corners.length >= 3;
        if (complete) {
            hideAreaMessage();
        }
        field('area').value = complete ? 'polygon' : '';
        field('polygon').value = complete ? corners.map(function (c) {
            return round6(c.lat) + ',' + round6(c.lng);
        }).join(' ') : '';
        if (complete) {
            scheduleCount();
        }
    }

    function parseCorners(text) {
        return (text || '').trim().split(/\s+/).filter(Boolean).map(function (pair) {
            var p = pair.split(',');
            return L.latLng(parseFloat(p[0]), parseFloat(p[1]));
        });
    }

    // --- modes and type

    function editing() {
        return container.getAttribute('data-mode') === 'edit';
    }

    function showMode(next) {
        mode = next;
        document.getElementById('modeCircle').classList.toggle('bn-tool-active', mode === 'circle');
        document.getElementById('modePolygon').classList.toggle('bn-tool-active', mode === 'polygon');
        document.getElementById('mapHint').style.display = mode === 'circle' ? '' : 'none';
        document.getElementById('polygonHint').style.display = mode === 'polygon' ? '' : 'none';
        document.querySelector('.bn-radius').style.visibility = mode === 'circle' ? 'visible' : 'hidden';
    }

    function clearArea() {
        removeCircle();
        removePolygon();
        field('area').value = '';
        field('centreLatitude').value = '';
        field('centreLongitude').value = '';
        field('polygon').value = '';
        scheduleCount();
    }

    /** AMBER reaches the whole country: no area to draw. */
    function showReach(type) {
        var national = radii[type] === 0;
        container.classList.toggle('bn-national', national);
        document.getElementById('nationalNotice').style.display = national ? '' : 'none';
        document.getElementById('areaTools').style.display = national ? 'none' : '';
        return national;
    }

    /** Another type: its own default circle. */
    function typeChanged(type) {
        if (!showReach(type) && radii[type]) {
            setRadius(radii[type]);
        }
        scheduleCount();
    }

    function currentType() {
        var select = document.getElementById(formId + ':type_input');
        return select ? select.value : '';
    }

    /** A field's error message goes as soon as the operator changes the field; the area's when an area is drawn. */
    function hideMessage(element) {
        var message = element && element.closest('.bn-field') ?
            element.closest('.bn-field').querySelector('.ui-message') : null;
        if (message) {
            message.style.display = 'none';
        }
    }

    function hideAreaMessage() {
        var message = document.getElementById(formId + ':areaMessage');
        if (message) {
            message.style.display = 'none';
        }
    }

    function listenToForm() {
        // Type, priority and channels call typeChanged and countChanged from their onchange attributes (PrimeFaces'
        // widgets trigger those on a change); here the fields the map script owns, and the error messages.
        document.getElementById(formId).addEventListener('input', function (e) {
            hideMessage(e.target);
        });
        var slider = document.getElementById('radiusSlider');
        slider.value = radius();
        slider.addEventListener('input', function () {
            setRadius(parseInt(slider.value, 10));
        });
        field('radius').addEventListener('change', function () {
            // An emptied field is someone typing a new radius, not a radius of nothing.
            if (radius() > 0) {
                setRadius(radius());
            }
        });
    }

    // --- start

    function fitArea() {
        var layer = circle || polygon;
        if (layer) {
            map.fitBounds(layer.getBounds(), {padding: [30, 30], maxZoom: 15});
        }
    }

    function init(element) {
        container = element;
        formId = element.getAttribute('data-form');
        (element.getAttribute('data-radii') || '').split(',').filter(Boolean).forEach(function (pair) {
            var p = pair.split(':');
            radii[p[0]] = parseInt(p[1], 10);
        });
        map = L.map(element, {doubleClickZoom: false}).setView(
            [parseFloat(element.getAttribute('data-lat')), parseFloat(element.getAttribute('data-lon'))],
            parseInt(element.getAttribute('data-zoom'), 10));
        var tiles = element.getAttribute('data-tiles');
        if (tiles) {
            L.tileLayer(tiles, {maxZoom: 19, attribution: element.getAttribute('data-attribution')}).addTo(map);
        }
        L.control.scale({imperial: false}).addTo(map);

        if (editing()) {
            var shape = field('area').value;
            if (shape === 'circle' && field('centreLatitude').value) {
                drawCircle(L.latLng(parseFloat(field('centreLatitude').value),
                    parseFloat(field('centreLongitude').value)), clampRadius(radius()));
            } else if (shape === 'polygon') {
                parseCorners(field('polygon').value).forEach(function (c) {
                    corners.push(c);
                });
                drawPolygon();
                showMode('polygon');
            }
            listenToForm();
            showReach(currentType());
            map.on('click', function (e) {
                if (container.classList.contains('bn-national')) {
                    return;
                }
                if (mode === 'circle') {
                    setCentre(e.latlng);
                } else {
                    addCorner(e.latlng);
                }
            });
        } else {
            var shapeShown = element.getAttribute('data-shape');
            if (shapeShown === 'circle') {
                drawCircle(L.latLng(parseFloat(element.getAttribute('data-lat')),
                    parseFloat(element.getAttribute('data-lon'))), parseFloat(element.getAttribute('data-radius')));
            } else if (shapeShown === 'polygon') {
                corners = parseCorners(element.getAttribute('data-polygon'));
                drawPolygon();
            }
        }
        fitArea();
        return map;
    }

    document.addEventListener('DOMContentLoaded', function () {
        var element = document.getElementById('alertMap');
        if (element && window.L) {
            window.BurgernetAlertMap.map = init(element);
        }
    });
    // The page's styles may settle the map's size only after it was set up: measure again, keeping the centre.
    window.addEventListener('load', function () {
        if (map) {
            map.invalidateSize();
        }
    });

    return {
        map: null,
        circleMode: function () {
            if (mode !== 'circle') {
                clearArea();
                showMode('circle');
            }
        },
        polygonMode: function () {
            if (mode !== 'polygon') {
                clearArea();
                showMode('polygon');
            }
        },
        clear: clearArea,
        typeChanged: typeChanged,
        countChanged: scheduleCount
    };
})();
