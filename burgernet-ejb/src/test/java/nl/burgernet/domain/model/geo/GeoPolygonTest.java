package nl.burgernet.domain.model.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GeoPolygonTest {

    /** An L-shaped area around Maarssen: the north-east quarter of the square is cut out. */
    private static final GeoPolygon L_SHAPE = GeoPolygon.of(
            new Coordinates(52.13, 5.03),
            new Coordinates(52.13, 5.05),
            new Coordinates(52.14, 5.05),
            new Coordinates(52.14, 5.04),
            new Coordinates(52.15, 5.04),
            new Coordinates(52.15, 5.03));

    @Test
    void pointsInsideTheShapeAreContained() {
        assertTrue(L_SHAPE.contains(new Coordinates(52.135, 5.035)));
        assertTrue(L_SHAPE.contains(new Coordinates(52.135, 5.045)));
        assertTrue(L_SHAPE.contains(new Coordinates(52.145, 5.035)));
    }

    @Test
    void pointInTheNotchOfAConcaveShapeIsOutside() {
        Coordinates notch = new Coordinates(52.145, 5.045);
        assertTrue(L_SHAPE.boundingBox().contains(notch));
        assertFalse(L_SHAPE.contains(notch));
    }

    @Test
    void pointsOutsideAreNotContained() {
        assertFalse(L_SHAPE.contains(new Coordinates(52.12, 5.035)));
        assertFalse(L_SHAPE.contains(new Coordinates(52.135, 5.06)));
        assertFalse(L_SHAPE.contains(new Coordinates(52.16, 5.02)));
    }

    @Test
    void explicitlyClosedRingEqualsTheOpenOne() {
        Coordinates a = new Coordinates(52.13, 5.03);
        Coordinates b = new Coordinates(52.13, 5.05);
        Coordinates c = new Coordinates(52.15, 5.04);
        assertEquals(GeoPolygon.of(a, b, c), GeoPolygon.of(a, b, c, a));
        assertEquals(3, GeoPolygon.of(a, b, c, a).vertices().size());
    }

    @Test
    void fewerThanThreeCornersIsNotAnArea() {
        Coordinates a = new Coordinates(52.13, 5.03);
        Coordinates b = new Coordinates(52.13, 5.05);
        assertThrows(IllegalArgumentException.class, () -> GeoPolygon.of(a, b, a));
    }

    @Test
    void capPolygonRoundTrips() {
        GeoPolygon parsed = GeoPolygon.fromCap(L_SHAPE.toCap());
        assertEquals(L_SHAPE, parsed);
        assertTrue(L_SHAPE.toCap().startsWith("52.130000,5.030000 52.130000,5.050000"));
        assertTrue(L_SHAPE.toCap().endsWith("52.130000,5.030000"));
    }

    @Test
    void capPolygonMustBeClosedAndWellFormed() {
        assertThrows(
                IllegalArgumentException.class,
                () -> GeoPolygon.fromCap("52.13,5.03 52.13,5.05 52.15,5.04 52.14,5.03"));
        assertThrows(IllegalArgumentException.class, () -> GeoPolygon.fromCap("52.13,5.03 52.13,5.05 52.13,5.03"));
        assertThrows(
                IllegalArgumentException.class,
                () -> GeoPolygon.fromCap("52.13,5.03 52.13;5.05 52.15,5.04 52.13,5.03"));
        assertThrows(
                IllegalArgumentException.class, () -> GeoPolygon.fromCap("52.13,5.03 x,5.05 52.15,5.04 52.13,5.03"));
    }

    @Test
    void boundingBoxSpansTheCorners() {
        BoundingBox box = L_SHAPE.boundingBox();
        assertEquals(new BoundingBox(52.13, 52.15, 5.03, 5.05), box);
    }

    @Test
    void aPolygonHasAtMostFiveHundredCornersAndItsStoredFormFitsTheColumn() {
        java.util.List<Coordinates> corners = new java.util.ArrayList<>();
        for (int i = 0; i < GeoPolygon.MAX_CORNERS; i++) {
            double angle = 2 * Math.PI * i / GeoPolygon.MAX_CORNERS;
            corners.add(new Coordinates(-88.5 + Math.sin(angle), -178.5 + Math.cos(angle)));
        }
        assertTrue(new GeoPolygon(corners).toCap().length() <= 12_000, "the area column (V11) holds it");

        corners.add(new Coordinates(10, 10));
        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class, () -> new GeoPolygon(corners));
        assertTrue(tooMany.getMessage().contains("at most 500 corners"), tooMany.getMessage());
    }
}
