package nl.burgernet.application.resident;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalTime;
import java.util.List;
import nl.burgernet.domain.model.participant.AddressDetails;
import nl.burgernet.domain.model.participant.ContactDetails;
import nl.burgernet.domain.model.participant.ParticipantDetails;
import org.junit.jupiter.api.Test;

class ResidentAccountsTest {

    @Test
    void auditNamesChangedFieldsButNeverTheirValues() {
        ParticipantDetails before = details("jan@example.nl", "+31612345678", "3601AB", false);
        ParticipantDetails after = details("Jan@Example.nl", "+31687654321", "3603AK", true);

        String audit = ResidentAccounts.changedFields(before, after);

        assertEquals("changed: contacts, addresses, channels", audit);
    }

    @Test
    void anUnchangedFormIsAuditedAsSuch() {
        ParticipantDetails same = details("jan@example.nl", null, "3601AB", false);

        assertEquals("nothing changed", ResidentAccounts.changedFields(same, same));
    }

    private static ParticipantDetails details(String email, String mobile, String postcode, boolean sms) {
        List<ContactDetails> contacts = new java.util.ArrayList<>();
        contacts.add(new ContactDetails("email", email, true));
        if (mobile != null) {
            contacts.add(new ContactDetails("sms", mobile, sms));
        }
        return new ParticipantDetails(
                email,
                null,
                1980,
                "nl",
                contacts,
                LocalTime.of(23, 0),
                LocalTime.of(7, 0),
                List.of(new AddressDetails(postcode, 12, null, "Maarssen", 52.1, 5.0)));
    }
}
