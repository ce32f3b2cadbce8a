package nl.burgernet.domain.model.geo;

import java.util.Locale;

/**
 * A point on earth in WGS84 degrees, as GPS, PDOK ({@code centroide_ll}) and CAP use them.
 *
 * @param latitude degrees north, -90..90
 * @param longitude degrees east, -180..180
 */
public record Coordinates(double latitude, double longitude) {

    /** The mean earth radius (IUGG), in metres: the haversine error is well under 0.5 % at Dutch latitudes. */
    public static final double EARTH_RADIUS_METRES = 6_371_008.8;

    public Coordinates {
        if (!Double.isFinite(latitude) || latitude < -90 || latitude > 90) {
            throw new IllegalArgumentException("Latitude must be between -90 and 90 degrees: " + latitude);
        }
        if (!Double.isFinite(longitude) || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("Longitude must be between -180 and 180 degrees: " + longitude);
        }
    }

    /** The great-circle distance in metres (haversine formula on a sphere). */
    public double distanceMetresTo(Coordinates other) {
        double lat1 = Math.toRadians(latitude);
        double lat2 = Math.toRadians(other.latitude);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /**
     * The point reached by travelling {@code distanceMetres} from here along the initial {@code bearingDegrees}
     * (0 = north, 90 = east). Used to place points on a circle's edge and to spread houses around a postcode.
     */
    public Coordinates moved(double bearingDegrees, double distanceMetres) {
        double angular = distanceMetres / EARTH_RADIUS_METRES;
        double bearing = Math.toRadians(bearingDegrees);
        double lat1 = Math.toRadians(latitude);
        double lon1 = Math.toRadians(longitude);
        double lat2 =
                Math.asin(Math.sin(lat1) * Math.cos(angular) + Math.cos(lat1) * Math.sin(angular) * Math.cos(bearing));
        double lon2 = lon1
                + Math.atan2(
                        Math.sin(bearing) * Math.sin(angular) * Math.cos(lat1),
                        Math.cos(angular) - Math.sin(lat1) * Math.sin(lat2));
        double lonDegrees = (Math.toDegrees(lon2) + 540) % 360 - 180;
        return new Coordinates(Math.toDegrees(lat2), lonDegrees);
    }

    /** "lat,lon" with six decimals (about 10 cm), the order CAP and most maps use. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.6f,%.6f", latitude, longitude);
    }
}
