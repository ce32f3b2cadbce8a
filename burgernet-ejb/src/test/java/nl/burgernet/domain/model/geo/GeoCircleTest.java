package nl.burgernet.domain.model.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GeoCircleTest {

    private static final Coordinates INCIDENT = new Coordinates(52.1405, 5.0395);

    @Test
    void containsPointsUpToTheRadius() {
        GeoCircle circle = new GeoCircle(INCIDENT, 1_000);
        assertTrue(circle.contains(INCIDENT));
        assertTrue(circle.contains(INCIDENT.moved(73, 999)));
        assertFalse(circle.contains(INCIDENT.moved(73, 1_001)));
    }

    @Test
    void boundingBoxHoldsEveryPointOnTheEdge() {
        for (double radius : new double[] {50, 1_000, 5_000, 50_000}) {
            GeoCircle circle = new GeoCircle(INCIDENT, radius);
            BoundingBox box = circle.boundingBox();
            for (double bearing = 0; bearing < 360; bearing += 0.5) {
                Coordinates edge = INCIDENT.moved(bearing, radius * 0.999_999);
                assertTrue(box.contains(edge), "radius " + radius + " bearing " + bearing);
            }
        }
    }

    @Test
    void boundingBoxIsTightSoThePreFilterStaysSelective() {
        GeoCircle circle = new GeoCircle(INCIDENT, 5_000);
        BoundingBox box = circle.boundingBox();
        assertEquals(INCIDENT.moved(0, 5_000).latitude(), box.maxLatitude(), 1e-9);
        assertEquals(INCIDENT.moved(180, 5_000).latitude(), box.minLatitude(), 1e-9);
        // The widest point east lies slightly north of the centre; the box reaches it and no more than ~1 m beyond.
        double eastmost = 0;
        for (double bearing = 80; bearing <= 100; bearing += 0.01) {
            eastmost = Math.max(eastmost, INCIDENT.moved(bearing, 5_000).longitude());
        }
        assertTrue(box.maxLongitude() >= eastmost);
        assertEquals(eastmost, box.maxLongitude(), 0.000_02);
    }

    @Test
    void cornersOfTheBoxAreOutsideTheCircle() {
        GeoCircle circle = new GeoCircle(INCIDENT, 2_000);
        BoundingBox box = circle.boundingBox();
        Coordinates corner = new Coordinates(box.maxLatitude() - 1e-6, box.maxLongitude() - 1e-6);
        assertTrue(box.contains(corner));
        assertFalse(circle.contains(corner));
    }

    @Test
    void nearThePoleTheBoxCoversAllLongitudes() {
        BoundingBox box = new GeoCircle(new Coordinates(89.99, 10), 5_000).boundingBox();
        assertEquals(-180, box.minLongitude(), 1e-9);
        assertEquals(180, box.maxLongitude(), 1e-9);
        assertEquals(90, box.maxLatitude(), 1e-9);
    }

    @Test
    void acrossTheAntimeridianTheBoxCoversAllLongitudes() {
        BoundingBox box = new GeoCircle(new Coordinates(0, 179.99), 5_000).boundingBox();
        assertTrue(box.contains(new Coordinates(0, -179.99)));
    }

    @Test
    void radiusMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new GeoCircle(INCIDENT, 0));
        assertThrows(IllegalArgumentException.class, () -> new GeoCircle(INCIDENT, Double.NaN));
    }

    @Test
    void capCircleIsLatLonAndKilometres() {
        assertEquals("52.140500,5.039500 1.5", new GeoCircle(INCIDENT, 1_500).toCap());
        assertEquals("52.140500,5.039500 2", new GeoCircle(INCIDENT, 2_000).toCap());
    }
}
