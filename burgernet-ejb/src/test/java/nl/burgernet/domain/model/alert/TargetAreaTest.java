package nl.burgernet.domain.model.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.burgernet.domain.model.geo.Coordinates;
import nl.burgernet.domain.model.geo.GeoCircle;
import nl.burgernet.domain.model.geo.GeoPolygon;
import org.junit.jupiter.api.Test;

class TargetAreaTest {

    private static final Coordinates MAARSSEN = new Coordinates(52.135, 5.04);

    @Test
    void circleRoundTripsThroughCapText() {
        TargetArea circle = new TargetArea.Circle(new GeoCircle(MAARSSEN, 1500));
        TargetArea back = TargetArea.fromCap(circle.toCap());
        assertInstanceOf(TargetArea.Circle.class, back);
        assertEquals(1500, ((TargetArea.Circle) back).circle().radiusMetres(), 1);
        assertTrue(back.contains(MAARSSEN));
        assertFalse(back.contains(new Coordinates(52.2, 5.04)), "7 km north is outside 1.5 km");
    }

    @Test
    void polygonRoundTripsThroughCapText() {
        TargetArea polygon = new TargetArea.Polygon(GeoPolygon.of(
                new Coordinates(52.13, 5.03),
                new Coordinates(52.14, 5.03),
                new Coordinates(52.14, 5.05),
                new Coordinates(52.13, 5.05)));
        TargetArea back = TargetArea.fromCap(polygon.toCap());
        assertInstanceOf(TargetArea.Polygon.class, back);
        assertTrue(back.contains(MAARSSEN));
        assertFalse(back.contains(new Coordinates(52.15, 5.04)));
    }

    @Test
    void circlesAreNeitherTinyNorHuge() {
        assertThrows(IllegalArgumentException.class, () -> new TargetArea.Circle(new GeoCircle(MAARSSEN, 10)));
        assertThrows(IllegalArgumentException.class, () -> new TargetArea.Circle(new GeoCircle(MAARSSEN, 80_000)));
    }
}
