package nl.burgernet.interfaces.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import nl.burgernet.channel.api.ChannelDescriptor;
import nl.burgernet.domain.model.participant.AddressDetails;
import nl.burgernet.domain.model.participant.ContactDetails;
import nl.burgernet.domain.model.participant.ParticipantDetails;
import nl.burgernet.domain.model.participant.ParticipantRegistration;
import nl.burgernet.domain.model.participant.ParticipantValidator;
import nl.burgernet.domain.model.participant.ValidationResult;
import nl.burgernet.interfaces.contacts.ContactChoice;
import nl.burgernet.interfaces.contacts.WebTestChannels;
import org.junit.jupiter.api.Test;

class ParticipantFormTest {

    private static final List<ChannelDescriptor> OFFERED = WebTestChannels.ALL;
    private static final Locale DUTCH = Locale.of("nl");

    private static final ParticipantDetails STORED = new ParticipantDetails(
            "Jan@example.nl",
            "Jan",
            1975,
            "en",
            List.of(
                    new ContactDetails("email", "Jan@example.nl", false),
                    new ContactDetails("sms", "+31612345678", true),
                    new ContactDetails("pager", "+31301234567", true)),
            LocalTime.of(22, 0),
            LocalTime.of(7, 30),
            List.of(
                    new AddressDetails("3601AB", 12, "A", "Maarssen", 52.14, 5.04),
                    new AddressDetails("3641CD", 3, null, "Mijdrecht", 52.2, 4.86)));

    @Test
    void aStoredParticipantIsShownAsPeopleTypeIt() {
        ParticipantForm f = ParticipantForm.of(STORED, OFFERED, DUTCH);

        assertEquals(List.of("email", "sms", "pager"), f.channelIds());
        assertEquals(
                List.of("E-mail", "Sms", "Pieper"),
                f.getContacts().stream().map(ContactChoice::getLabel).toList());
        assertEquals("Berichten in uw mailbox", f.getContacts().get(0).getHint());
        assertEquals(
                List.of(false, true, true),
                f.getContacts().stream().map(ContactChoice::isOn).toList());
        assertEquals("06 12345678", f.getContacts().get(1).getNumber());
        assertEquals("0301234567", f.getContacts().get(2).getNumber());
        assertEquals(
                List.of(false, true, true),
                f.getContacts().stream().map(ContactChoice::isNumberAsked).toList(),
                "the e-mail channel uses the e-mail field");
        assertEquals("1975", f.getBirthYear());
        assertEquals("22:00", f.getQuietFrom());
        assertEquals("07:30", f.getQuietTo());
        assertEquals("3601 AB", f.getAddresses().get(0).getPostcode());
        assertEquals("A", f.getAddresses().get(0).getSuffix());
        assertEquals("", f.getAddresses().get(1).getSuffix());
    }

    @Test
    void anUnchangedFormValidatesToTheSameParticipant() {
        ValidationResult result = new ParticipantValidator()
                .validate(ParticipantForm.of(STORED, OFFERED, DUTCH).toInput(), OFFERED);

        assertTrue(result.isValid(), result.errors().toString());
        ParticipantRegistration r = result.valid();
        assertEquals("Jan@example.nl", r.email().value());
        assertEquals(STORED.contacts(), r.contacts());
        assertEquals(2, r.addresses().size());
        assertEquals("22:00-07:30", r.quietHours().orElseThrow().toString());
    }

    @Test
    void aNewParticipantStartsWithTheDefaultChannelsOnAndOneEmptyAddress() {
        ParticipantForm f = ParticipantForm.blank(OFFERED, DUTCH);

        assertEquals(
                List.of("email"),
                f.getContacts().stream()
                        .filter(ContactChoice::isOn)
                        .map(ContactChoice::getChannel)
                        .toList());
        assertEquals("nl", f.getLanguage());
        assertEquals(1, f.getAddresses().size());
        assertTrue(f.channelError().isEmpty());
    }

    @Test
    void untickingEveryChannelIsAnErrorNotTheDefault() {
        ParticipantForm f = ParticipantForm.of(STORED, OFFERED, DUTCH);
        f.getContacts().forEach(c -> c.setOn(false));

        assertEquals("channels.none", f.channelError().orElseThrow().messageKey());
    }

    @Test
    void aNumberTypedForAChannelIsCheckedByItsKindAndShownOnItsField() {
        ParticipantForm f = ParticipantForm.blank(OFFERED, DUTCH);
        f.setEmail("jan@example.nl");
        f.setBirthYear("1980");
        f.getAddresses().get(0).setPostcode("3601AB");
        f.getAddresses().get(0).setHouseNumber("1");
        f.getContacts().get(1).setOn(true);
        f.getContacts().get(1).setNumber("030 1234567");
        f.getContacts().get(2).setOn(true);

        ValidationResult result = new ParticipantValidator().validate(f.toInput(), OFFERED);

        assertEquals(
                List.of("contacts.sms:mobile.invalid", "contacts.pager:contact.addressRequired"),
                result.errors().stream()
                        .map(e -> e.field() + ":" + e.messageKey())
                        .toList());
        assertEquals(
                "participantForm:contacts:1:number",
                FieldErrorTargets.clientId("participantForm", "contacts.sms", f.channelIds()));
    }

    @Test
    void addressesStayBetweenOneAndTheMaximum() {
        ParticipantForm f = ParticipantForm.blank(OFFERED, DUTCH);
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
