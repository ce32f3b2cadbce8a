package nl.burgernet.interfaces.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FieldErrorTargetsTest {

    @Test
    void simpleFieldsKeepTheirName() {
        assertEquals("f:email", FieldErrorTargets.clientId("f", "email"));
        assertEquals("f:birthYear", FieldErrorTargets.clientId("f", "birthYear"));
        assertEquals("f:channels", FieldErrorTargets.clientId("f", "channels"));
    }

    @Test
    void quietHoursMapToTheirTwoInputs() {
        assertEquals("f:quietFrom", FieldErrorTargets.clientId("f", "quietHours.from"));
        assertEquals("f:quietTo", FieldErrorTargets.clientId("f", "quietHours.to"));
    }

    @Test
    void anAddressPartLandsOnThatRowOfTheRepeat() {
        assertEquals("f:addresses:1:houseNumber", FieldErrorTargets.clientId("f", "addresses[1].houseNumber"));
        assertEquals("f:addresses:0:suffix", FieldErrorTargets.clientId("f", "addresses[0].suffix"));
    }

    @Test
    void anAddressTheGeocoderCannotFindLandsOnItsPostcode() {
        assertEquals("f:addresses:2:postcode", FieldErrorTargets.clientId("f", "addresses[2]"));
    }

    @Test
    void anErrorAboutAllAddressesLandsOnTheList() {
        assertEquals("f:addressList", FieldErrorTargets.clientId("f", "addresses"));
    }
}
