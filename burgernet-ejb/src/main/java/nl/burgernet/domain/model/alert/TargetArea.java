package nl.burgernet.domain.model.alert;

import java.util.Objects;
import nl.burgernet.domain.model.geo.BoundingBox;
import nl.burgernet.domain.model.geo.Coordinates;
import nl.burgernet.domain.model.geo.GeoCircle;
import nl.burgernet.domain.model.geo.GeoPolygon;

/**
 * Where an alert reaches: a circle around the incident or a drawn polygon. Targeting first selects by the
 * bounding box (an index range query), then keeps the addresses the exact shape contains.
 */
public sealed interface TargetArea {

    boolean contains(Coordinates point);

    BoundingBox boundingBox();

    /** The area as OASIS CAP 1.2 writes it: {@code "lat,lon radius-km"} for a circle, a point list for a polygon. */
    String toCap();

    record Circle(GeoCircle circle) implements TargetArea {
        public Circle {
            Objects.requireNonNull(circle);
            if (circle.radiusMetres() < 50 || circle.radiusMetres() > 50_000) {
                throw new IllegalArgumentException("A circle's radius is between 50 m and 50 km");
            }
        }

        @Override
        public boolean contains(Coordinates point) {
            return circle.contains(point);
        }

        @Override
        public BoundingBox boundingBox() {
            return circle.boundingBox();
        }

        @Override
        public String toCap() {
            return circle.toCap();
        }
    }

    record Polygon(GeoPolygon polygon) implements TargetArea {
        public Polygon {
            Objects.requireNonNull(polygon);
        }

        @Override
        public boolean contains(Coordinates point) {
            return polygon.contains(point);
        }

        @Override
        public BoundingBox boundingBox() {
            return polygon.boundingBox();
        }

        @Override
        public String toCap() {
            return polygon.toCap();
        }
    }

    /** Reads what {@link #toCap()} wrote: a circle is "lat,lon radius-km", a polygon a list of "lat,lon" points. */
    static TargetArea fromCap(String cap) {
        String[] tokens = cap.strip().split("\\s+");
        if (tokens.length != 2 || tokens[1].contains(",")) {
            return new Polygon(GeoPolygon.fromCap(cap.strip()));
        }
        String[] centreAndRadius = tokens;
        String[] latLon = centreAndRadius[0].split(",");
        return new Circle(new GeoCircle(
                new Coordinates(Double.parseDouble(latLon[0]), Double.parseDouble(latLon[1])),
                Double.parseDouble(centreAndRadius[1]) * 1000));
    }
}
