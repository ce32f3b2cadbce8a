package nl.burgernet.domain.model.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CoordinatesTest {

    private static final Coordinates MAARSSEN = new Coordinates(52.1405, 5.0395);
    private static final Coordinates BREUKELEN = new Coordinates(52.1740, 5.0010);

    @Test
    void oneDegreeOfLatitudeIsAbout111Kilometres() {
        double metres = new Coordinates(52, 5).distanceMetresTo(new Coordinates(53, 5));
        assertEquals(Math.PI / 180 * Coordinates.EARTH_RADIUS_METRES, metres, 0.01);
        assertEquals(111_195, metres, 1);
    }

    @Test
    void oneDegreeOfLongitudeShrinksWithTheCosineOfTheLatitude() {
        double metres = new Coordinates(52, 5).distanceMetresTo(new Coordinates(52, 6));
        assertEquals(111_195 * Math.cos(Math.toRadians(52)), metres, 5);
    }

    @Test
    void distanceIsSymmetricAndZeroToItself() {
        assertEquals(MAARSSEN.distanceMetresTo(BREUKELEN), BREUKELEN.distanceMetresTo(MAARSSEN), 1e-6);
        assertEquals(0, MAARSSEN.distanceMetresTo(MAARSSEN), 1e-9);
        // Maarssen to Breukelen is about 4.6 km as the crow flies.
        assertEquals(4_560, MAARSSEN.distanceMetresTo(BREUKELEN), 50);
    }

    @Test
    void movingBySomeMetresEndsThatFarAway() {
        for (int bearing = 0; bearing < 360; bearing += 45) {
            Coordinates moved = MAARSSEN.moved(bearing, 1_234);
            assertEquals(1_234, MAARSSEN.distanceMetresTo(moved), 0.01);
        }
        assertEquals(MAARSSEN.longitude(), MAARSSEN.moved(0, 500).longitude(), 1e-9);
    }

    @Test
    void outOfRangeOrNonFiniteDegreesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Coordinates(90.0001, 5));
        assertThrows(IllegalArgumentException.class, () -> new Coordinates(-91, 5));
        assertThrows(IllegalArgumentException.class, () -> new Coordinates(52, 180.5));
        assertThrows(IllegalArgumentException.class, () -> new Coordinates(Double.NaN, 5));
        assertThrows(IllegalArgumentException.class, () -> new Coordinates(52, Double.POSITIVE_INFINITY));
    }

    @Test
    void printsLatitudeFirstWithSixDecimals() {
        assertEquals("52.140500,5.039500", MAARSSEN.toString());
    }
}
