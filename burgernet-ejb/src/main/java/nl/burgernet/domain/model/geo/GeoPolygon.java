package nl.burgernet.domain.model.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An alert area drawn as a polygon (a neighbourhood, a stretch of the Vecht). Points are tested by ray casting on the
 * latitude/longitude plane, which is exact enough for areas of a few kilometres away from the poles and the
 * antimeridian, i.e. anywhere in the Netherlands.
 *
 * @param vertices at least three and at most {@value #MAX_CORNERS} corners, in order; the ring is closed implicitly (a
 *     repeated first corner at the end is dropped)
 */
public record GeoPolygon(List<Coordinates> vertices) {

    /**
     * Enough for any neighbourhood drawn by hand or traced from a map; more is a mistake or an attack (every corner
     * costs each point-in-polygon test), and the stored area holds this many.
     */
    public static final int MAX_CORNERS = 500;

    public GeoPolygon {
        if (vertices.size() > MAX_CORNERS + 1) {
            throw new IllegalArgumentException(
                    "A polygon has at most " + MAX_CORNERS + " corners, got " + vertices.size());
        }
        List<Coordinates> ring = new ArrayList<>(vertices);
        if (ring.size() > 1 && ring.getFirst().equals(ring.getLast())) {
            ring.removeLast();
        }
        if (ring.size() > MAX_CORNERS) {
            throw new IllegalArgumentException("A polygon has at most " + MAX_CORNERS + " corners, got " + ring.size());
        }
        if (ring.size() < 3) {
            throw new IllegalArgumentException("A polygon needs at least three corners, got " + ring.size());
        }
        vertices = List.copyOf(ring);
    }

    public static GeoPolygon of(Coordinates... vertices) {
        return new GeoPolygon(List.of(vertices));
    }

    /**
     * Parses a CAP 1.2 {@code <polygon>}: space-separated "lat,lon" pairs, at least four, the first equal to the
     * last.
     */
    public static GeoPolygon fromCap(String cap) {
        String[] pairs = cap.strip().split("\\s+");
        if (pairs.length < 4) {
            throw new IllegalArgumentException("A CAP polygon has at least four lat,lon pairs: " + cap);
        }
        List<Coordinates> points = new ArrayList<>(pairs.length);
        for (String pair : pairs) {
            String[] latLon = pair.split(",");
            if (latLon.length != 2) {
                throw new IllegalArgumentException("Not a lat,lon pair in a CAP polygon: " + pair);
            }
            try {
                points.add(new Coordinates(Double.parseDouble(latLon[0]), Double.parseDouble(latLon[1])));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Not a lat,lon pair in a CAP polygon: " + pair, e);
            }
        }
        if (!points.getFirst().equals(points.getLast())) {
            throw new IllegalArgumentException("A CAP polygon ends where it starts: " + cap);
        }
        return new GeoPolygon(points);
    }

    /** The CAP 1.2 form: closed ring of "lat,lon" pairs separated by spaces. */
    public String toCap() {
        List<Coordinates> closed = new ArrayList<>(vertices);
        closed.add(vertices.getFirst());
        return closed.stream()
                .map(c -> String.format(Locale.ROOT, "%.6f,%.6f", c.latitude(), c.longitude()))
                .collect(Collectors.joining(" "));
    }

    /**
     * Ray casting (W. Randolph Franklin's PNPOLY): count how often a ray from the point eastwards crosses an edge; odd
     * means inside. A point exactly on an edge may fall either way, which is immaterial at metre scale.
     */
    public boolean contains(Coordinates point) {
        double x = point.longitude();
        double y = point.latitude();
        boolean inside = false;
        int n = vertices.size();
        for (int i = 0, j = n - 1; i < n; j = i++) {
            double xi = vertices.get(i).longitude();
            double yi = vertices.get(i).latitude();
            double xj = vertices.get(j).longitude();
            double yj = vertices.get(j).latitude();
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                inside = !inside;
            }
        }
        return inside;
    }

    /** The rectangle around the corners, for the SQL pre-filter. */
    public BoundingBox boundingBox() {
        double minLat = Double.MAX_VALUE;
        double maxLat = -Double.MAX_VALUE;
        double minLon = Double.MAX_VALUE;
        double maxLon = -Double.MAX_VALUE;
        for (Coordinates c : vertices) {
            minLat = Math.min(minLat, c.latitude());
            maxLat = Math.max(maxLat, c.latitude());
            minLon = Math.min(minLon, c.longitude());
            maxLon = Math.max(maxLon, c.longitude());
        }
        return new BoundingBox(minLat, maxLat, minLon, maxLon);
    }
}
