package nl.burgernet.interfaces.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldErrorTargetsTest {

    @Test
    void simpleFieldsKeepTheirName() {
        assertEquals("f:email", FieldErrorTargets.clientId("f", "email", CHANNELS));
        assertEquals("f:birthYear", FieldErrorTargets.clientId("f", "birthYear", CHANNELS));
        assertEquals("f:channels", FieldErrorTargets.clientId("f", "channels", CHANNELS));
    }

    @Test
    void quietHoursMapToTheirTwoInputs() {
        assertEquals("f:quietFrom", FieldErrorTargets.clientId("f", "quietHours.from", CHANNELS));
        assertEquals("f:quietTo", FieldErrorTargets.clientId("f", "quietHours.to", CHANNELS));
    }

    @Test
    void anAddressPartLandsOnThatRowOfTheRepeat() {
        assertEquals(
                "f:addresses:1:houseNumber", FieldErrorTargets.clientId("f", "addresses[1].houseNumber", CHANNELS));
        assertEquals("f:addresses:0:suffix", FieldErrorTargets.clientId("f", "addresses[0].suffix", CHANNELS));
    }

    @Test
    void anAddressTheGeocoderCannotFindLandsOnItsPostcode() {
        assertEquals("f:addresses:2:postcode", FieldErrorTargets.clientId("f", "addresses[2]", CHANNELS));
    }

    private static final List<String> CHANNELS = List.of("email", "sms", "pager");

    @Test
    void aChannelsAddressErrorLandsOnItsNumberInTheContactRepeat() {
        assertEquals("f:contacts:2:number", FieldErrorTargets.clientId("f", "contacts.pager", CHANNELS));
        assertEquals("f:channels", FieldErrorTargets.clientId("f", "contacts.gone", CHANNELS));
    }

    @Test
    void anErrorAboutAllAddressesLandsOnTheList() {
        assertEquals("f:addressList", FieldErrorTargets.clientId("f", "addresses", CHANNELS));
    }
}
