package nl.burgernet.interfaces.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.List;
import nl.burgernet.domain.model.participant.AddressDetails;
import nl.burgernet.domain.model.participant.ParticipantDetails;
import nl.burgernet.domain.model.participant.ParticipantRegistration;
import nl.burgernet.domain.model.participant.ParticipantValidator;
import nl.burgernet.domain.model.participant.ValidationResult;
import org.junit.jupiter.api.Test;

class ParticipantFormTest {

    private static final ParticipantDetails STORED = new ParticipantDetails(
            "Jan@example.nl",
            "+31612345678",
            "Jan",
            1975,
            "en",
            false,
            true,
            false,
            true,
            LocalTime.of(22, 0),
            LocalTime.of(7, 30),
            List.of(
                    new AddressDetails("3601AB", 12, "A", "Maarssen", 52.14, 5.04),
                    new AddressDetails("3641CD", 3, null, "Mijdrecht", 52.2, 4.86)));

    @Test
    void aStoredParticipantIsShownAsPeopleTypeIt() {
        ParticipantForm f = ParticipantForm.of(STORED);

        assertEquals("06 12345678", f.getMobile());
        assertEquals("1975", f.getBirthYear());
        assertEquals(List.of("sms", "push"), f.getChannels());
        assertEquals("22:00", f.getQuietFrom());
        assertEquals("07:30", f.getQuietTo());
        assertEquals("3601 AB", f.getAddresses().get(0).getPostcode());
        assertEquals("A", f.getAddresses().get(0).getSuffix());
        assertEquals("", f.getAddresses().get(1).getSuffix());
    }

    @Test
    void anUnchangedFormValidatesToTheSameParticipant() {
        ValidationResult result =
                new ParticipantValidator().validate(ParticipantForm.of(STORED).toInput());

        assertTrue(result.isValid(), result.errors().toString());
        ParticipantRegistration r = result.valid();
        assertEquals("Jan@example.nl", r.email().value());
        assertTrue(r.channels().emailOptedOut());
        assertTrue(r.channels().smsOptedIn() && r.channels().pushOptedIn());
        assertEquals(2, r.addresses().size());
        assertEquals("22:00-07:30", r.quietHours().orElseThrow().toString());
    }

    @Test
    void aNewParticipantStartsWithEmailOnAndOneEmptyAddress() {
        ParticipantForm f = ParticipantForm.blank();

        assertEquals(List.of("email"), f.getChannels());
        assertEquals("nl", f.getLanguage());
        assertEquals(1, f.getAddresses().size());
        assertTrue(f.channelError().isEmpty());
    }

    @Test
    void untickingEveryChannelIsAnErrorNotTheDefault() {
        ParticipantForm f = ParticipantForm.of(STORED);
        f.setChannels(List.of());

        assertEquals("channels.none", f.channelError().orElseThrow().messageKey());
    }

    @Test
    void addressesStayBetweenOneAndTheMaximum() {
        ParticipantForm f = ParticipantForm.blank();
        f.removeAddress(0);
        assertEquals(1, f.getAddresses().size(), "the last address cannot be removed");

        for (int i = 0; i < 10; i++) {
            f.addAddress();
        }
        assertEquals(ParticipantValidator.MAX_ADDRESSES, f.getAddresses().size());
        assertTrue(f.isAddressLimitReached());

        f.getAddresses().get(2).setPostcode("1234AB");
        f.removeAddress(2);
        assertTrue(f.getAddresses().stream().noneMatch(a -> "1234AB".equals(a.getPostcode())));
    }
}
