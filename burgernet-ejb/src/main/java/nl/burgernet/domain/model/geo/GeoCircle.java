package nl.burgernet.domain.model.geo;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * The area of a Burgernetactie: everyone within {@code radiusMetres} of the incident. Targeting first selects
 * candidates by {@link #boundingBox()} in SQL, then keeps those for which {@link #contains} holds.
 */
public record GeoCircle(Coordinates centre, double radiusMetres) {

    public GeoCircle {
        Objects.requireNonNull(centre, "centre");
        if (!Double.isFinite(radiusMetres) || radiusMetres <= 0) {
            throw new IllegalArgumentException("A circle needs a positive radius in metres: " + radiusMetres);
        }
    }

    /** True when the point lies inside the circle or on its edge (great-circle distance). */
    public boolean contains(Coordinates point) {
        return centre.distanceMetresTo(point) <= radiusMetres;
    }

    /**
     * The smallest latitude/longitude rectangle that contains the whole circle. The longitude half-width uses
     * asin(sin(r)/cos(lat)) (J.P. Matuschek, "Finding points within a distance of a latitude/longitude using bounding
     * coordinates"): the simpler r/cos(lat) is slightly too narrow and would drop people on the circle's east and west
     * edges. Near a pole or across the antimeridian the box widens to all longitudes rather than missing anyone.
     */
    public BoundingBox boundingBox() {
        double angular = radiusMetres / Coordinates.EARTH_RADIUS_METRES;
        double lat = Math.toRadians(centre.latitude());
        double minLat = lat - angular;
        double maxLat = lat + angular;
        double minLon;
        double maxLon;
        if (minLat > -Math.PI / 2 && maxLat < Math.PI / 2) {
            double deltaLon = Math.asin(Math.min(1, Math.sin(angular) / Math.cos(lat)));
            minLon = Math.toRadians(centre.longitude()) - deltaLon;
            maxLon = Math.toRadians(centre.longitude()) + deltaLon;
            if (minLon < -Math.PI || maxLon > Math.PI) {
                minLon = -Math.PI;
                maxLon = Math.PI;
            }
        } else {
            minLat = Math.max(minLat, -Math.PI / 2);
            maxLat = Math.min(maxLat, Math.PI / 2);
            minLon = -Math.PI;
            maxLon = Math.PI;
        }
        return new BoundingBox(
                Math.toDegrees(minLat), Math.toDegrees(maxLat), Math.toDegrees(minLon), Math.toDegrees(maxLon));
    }

    /** The CAP 1.2 {@code <circle>} value: "lat,lon radius", the radius in kilometres. */
    public String toCap() {
        return String.format(
                Locale.ROOT, "%.6f,%.6f %s", centre.latitude(), centre.longitude(), kilometres(radiusMetres));
    }

    private static String kilometres(double metres) {
        return BigDecimal.valueOf(metres / 1000).stripTrailingZeros().toPlainString();
    }
}
