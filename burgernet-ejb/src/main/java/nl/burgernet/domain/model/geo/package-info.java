/**
 * Where residents live and where alerts reach: Dutch addresses (postcode, house number, suffix), WGS84 coordinates,
 * the circles and polygons an alert targets, and the {@link nl.burgernet.domain.model.geo.Geocoder} port that turns
 * an address into coordinates.
 */
package nl.burgernet.domain.model.geo;
