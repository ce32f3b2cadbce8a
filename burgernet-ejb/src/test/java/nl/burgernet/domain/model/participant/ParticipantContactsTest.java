package nl.burgernet.domain.model.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contact rules of a participant: per channel on or off, addresses that start afresh, and the status they set. */
class ParticipantContactsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:30:00Z");

    private static ParticipantDetails details(String email, ContactDetails... contacts) {
        return new ParticipantDetails(
                email,
                null,
                1980,
                "nl",
                List.of(contacts),
                null,
                null,
                List.of(new AddressDetails("3601AB", 12, null, "Maarssen", 52.1, 5.0)));
    }

    private static Participant active(ContactDetails... contacts) {
        Participant p = new Participant(ParticipantStatus.ACTIVE, "k".repeat(64), NOW);
        p.update(details("jan@example.nl", contacts));
        return p;
    }

    @Test
    void unsubscribingTurnsOffOnlyThatChannel() {
        Participant p = active(
                new ContactDetails("email", "jan@example.nl", true), new ContactDetails("sms", "+31612345678", true));

        assertTrue(p.unsubscribe("sms", NOW));

        assertFalse(p.isOn("sms"));
        assertTrue(p.isOn("email"));
        assertEquals(ParticipantStatus.ACTIVE, p.status());
        assertFalse(p.unsubscribe("sms", NOW), "a second click changes nothing");
    }

    @Test
    void withNoChannelLeftOnTheParticipantIsUnsubscribedAndComesBackWithOne() {
        Participant p = active(new ContactDetails("email", "jan@example.nl", true));

        p.unsubscribe("email", NOW);
        assertEquals(ParticipantStatus.UNSUBSCRIBED, p.status());
        assertEquals(NOW, p.unsubscribedAt());

        p.switchOn("email");
        assertEquals(ParticipantStatus.ACTIVE, p.status());
    }

    @Test
    void anEditThatTurnsEverythingOffUnsubscribes() {
        Participant p = active(new ContactDetails("email", "jan@example.nl", true));

        p.update(details("jan@example.nl", new ContactDetails("email", "jan@example.nl", false)));

        assertEquals(ParticipantStatus.UNSUBSCRIBED, p.status());
    }

    @Test
    void anUnconfirmedSignUpStaysUnconfirmedWhateverItsChannels() {
        Participant p = new Participant(ParticipantStatus.AWAITING_CONFIRMATION, "k".repeat(64), NOW);
        p.update(details("jan@example.nl", new ContactDetails("email", "jan@example.nl", false)));
        assertEquals(ParticipantStatus.AWAITING_CONFIRMATION, p.status());
    }

    @Test
    void channelsTheDetailsDoNotListAreLeftAsTheyAre() {
        Participant p = active(
                new ContactDetails("email", "jan@example.nl", true), new ContactDetails("pager", "+31301234567", true));

        // The municipality switched the pager off: its form no longer shows it, and sends only e-mail.
        p.update(details("jan@example.nl", new ContactDetails("email", "jan@example.nl", true)));

        assertTrue(p.isOn("pager"));
        assertEquals("+31301234567", p.contact("pager").orElseThrow().address());
    }

    @Test
    void anEmailContactFollowsTheIdentityAddressAndANewAddressClearsItsFailures() throws Exception {
        Participant p = active(
                new ContactDetails("email", "jan@example.nl", true), new ContactDetails("sms", "+31612345678", true));
        ContactPoint email = p.contact("email").orElseThrow();
        fail(email);
        fail(p.contact("sms").orElseThrow());

        ParticipantDetails moved = p.details().withEmailAndDisplayName("jan@elders.nl", "Jan");
        p.update(moved);

        assertEquals("jan@elders.nl", p.email());
        assertEquals("jan@elders.nl", p.contact("email").orElseThrow().address(), "the e-mail contact followed");
        assertFalse(p.contact("email").orElseThrow().failing(), "a new address is a fresh start");
        assertEquals(0.0, p.contact("email").orElseThrow().failureScore());
        assertTrue(p.contact("sms").orElseThrow().failing(), "the number did not change: still failing");
        assertEquals("+31612345678", moved.contact("sms").orElseThrow().address(), "numbers do not follow the e-mail");
    }

    @Test
    void confirmingTheEmailAddressVerifiesTheContactsAtIt() {
        Participant p = new Participant(ParticipantStatus.AWAITING_CONFIRMATION, "k".repeat(64), NOW);
        p.update(details(
                "jan@example.nl",
                new ContactDetails("email", "jan@example.nl", true),
                new ContactDetails("sms", "+31612345678", true)));

        p.confirm(NOW);

        assertEquals(NOW, p.contact("email").orElseThrow().verifiedAt());
        assertEquals(null, p.contact("sms").orElseThrow().verifiedAt(), "a number is not verified by an e-mail");
    }

    /** What the bounce handling writes in SQL: the contact stopped after failures. */
    private static void fail(ContactPoint contact) throws Exception {
        Field failing = ContactPoint.class.getDeclaredField("failing");
        failing.setAccessible(true);
        failing.set(contact, true);
        Field score = ContactPoint.class.getDeclaredField("failureScore");
        score.setAccessible(true);
        score.set(contact, 3.0);
    }
}
