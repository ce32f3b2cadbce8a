package nl.burgernet.infrastructure.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import nl.burgernet.domain.model.geo.Coordinates;
import nl.burgernet.domain.model.geo.DutchAddress;
import nl.burgernet.domain.model.geo.GeocodePrecision;
import nl.burgernet.domain.model.geo.GeocodedAddress;
import nl.burgernet.domain.model.geo.HouseNumber;
import nl.burgernet.domain.model.geo.HouseNumberSuffix;
import nl.burgernet.domain.model.geo.Postcode;
import nl.burgernet.domain.model.municipality.CbsCode;
import org.junit.jupiter.api.Test;

class OfflinePostcodeGeocoderTest {

    private static final String TABLE =
            """
            # a comment
            postcode,place,municipality,latitude,longitude
            3601AB,Maarssen,GM0355,52.1400,5.0400
            3601AC,Maarssen,GM0355,52.1420,5.0420
            3641AB,Mijdrecht,GM0736,52.2060,4.8660
            """;

    private final OfflinePostcodeGeocoder geocoder = fromTable(TABLE);

    private static OfflinePostcodeGeocoder fromTable(String table) {
        try {
            return OfflinePostcodeGeocoder.fromCsv(new StringReader(table));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private GeocodedAddress geocode(String postcode, String number, String suffix) {
        return geocoder.geocode(DutchAddress.parse(postcode, number, suffix)).orElseThrow();
    }

    @Test
    void knownPostcodeGivesPlaceMunicipalityAndAPointNearItsCentre() {
        GeocodedAddress found = geocode("3601 AB", "12", "");
        assertEquals("Maarssen", found.place());
        assertEquals(Optional.of(new CbsCode("GM0355")), found.municipality());
        assertEquals(GeocodePrecision.POSTCODE, found.precision());
        assertTrue(found.coordinates().distanceMetresTo(new Coordinates(52.14, 5.04)) <= 40);
    }

    @Test
    void housesOnOnePostcodeGetDistinctPointsWithinFortyMetres() {
        Coordinates centre = new Coordinates(52.14, 5.04);
        Set<Coordinates> points = new HashSet<>();
        for (int number = 1; number <= 150; number++) {
            Coordinates point = geocode("3601AB", Integer.toString(number), "").coordinates();
            assertTrue(centre.distanceMetresTo(point) <= OfflinePostcodeGeocoder.MAX_OFFSET_METRES + 0.01);
            points.add(point);
        }
        assertEquals(150, points.size());
        assertEquals(HouseNumber.MAX, 99_999);
        assertTrue(centre.distanceMetresTo(geocode("3601AB", "99999", "").coordinates()) <= 40.01);
    }

    @Test
    void sameAddressAlwaysGetsTheSamePointAndASuffixMovesIt() {
        assertEquals(
                geocode("3601AB", "7", "").coordinates(),
                geocode("3601ab", "7", "").coordinates());
        assertEquals(
                geocode("3601AB", "7a", "").coordinates(),
                geocode("3601AB", "7", "A").coordinates());
        assertNotEquals(
                geocode("3601AB", "7", "").coordinates(),
                geocode("3601AB", "7", "A").coordinates());
    }

    @Test
    void unknownLettersInAKnownAreaGetTheAreaCentre() {
        GeocodedAddress found = geocode("3601 ZZ", "1", "");
        assertEquals(GeocodePrecision.POSTCODE_AREA, found.precision());
        assertEquals("Maarssen", found.place());
        // House 1 sits on the centre itself: the mean of the area's two postcodes.
        assertEquals(0, new Coordinates(52.141, 5.041).distanceMetresTo(found.coordinates()), 0.01);
    }

    @Test
    void unknownAreaIsNotFound() {
        assertEquals(
                Optional.empty(),
                geocoder.geocode(Postcode.parse("9999AA"), new HouseNumber(1), Optional.<HouseNumberSuffix>empty()));
    }

    @Test
    void municipalitiesStayApart() {
        assertEquals(
                Optional.of(new CbsCode("GM0736")), geocode("3641AB", "3", "").municipality());
    }

    @Test
    void demoTableFindsRealPlacesOfStichtseVecht() {
        OfflinePostcodeGeocoder demo = OfflinePostcodeGeocoder.demo();
        assertTrue(demo.size() > 300);
        GeocodedAddress breukelen =
                demo.geocode(DutchAddress.parse("3621 AB", "1", "")).orElseThrow();
        assertEquals("Breukelen", breukelen.place());
        assertEquals(GeocodePrecision.POSTCODE, breukelen.precision());
        assertEquals(
                "Nigtevecht",
                demo.geocode(DutchAddress.parse("1393 AB", "1", ""))
                        .orElseThrow()
                        .place());
        assertEquals(
                Optional.of(new CbsCode("GM0736")),
                demo.geocode(DutchAddress.parse("1391 AB", "1", ""))
                        .orElseThrow()
                        .municipality());
    }

    @Test
    void badTableRowIsNamedByLine() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> OfflinePostcodeGeocoder.fromCsv(new StringReader(
                        "postcode,place,municipality,latitude,longitude\n3601AB,Maarssen,GM0355,52.14,5.04\n"
                                + "3601SA,Maarssen,GM0355,52.14,5.04\n")));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void samePostcodeTwiceInATableIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> OfflinePostcodeGeocoder.fromCsv(new StringReader(
                        "postcode,place,municipality,latitude,longitude\n3601AB,Maarssen,GM0355,52.14,5.04\n"
                                + "3601 ab,Maarssen,GM0355,52.15,5.04\n")));
    }
}
