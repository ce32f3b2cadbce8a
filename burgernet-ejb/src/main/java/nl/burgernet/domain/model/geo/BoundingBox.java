package nl.burgernet.domain.model.geo;

/**
 * A latitude/longitude rectangle that encloses an area. Its purpose is a cheap, index-friendly SQL pre-filter
 * ({@code lat BETWEEN :minLat AND :maxLat AND lon BETWEEN :minLon AND :maxLon}) before the exact test in Java.
 */
public record BoundingBox(double minLatitude, double maxLatitude, double minLongitude, double maxLongitude) {

    public BoundingBox {
        if (!(minLatitude <= maxLatitude) || !(minLongitude <= maxLongitude)) {
            throw new IllegalArgumentException("An empty bounding box: lat " + minLatitude + ".." + maxLatitude
                    + ", lon " + minLongitude + ".." + maxLongitude);
        }
    }

    public boolean contains(Coordinates point) {
        return point.latitude() >= minLatitude
                && point.latitude() <= maxLatitude
                && point.longitude() >= minLongitude
                && point.longitude() <= maxLongitude;
    }
}
