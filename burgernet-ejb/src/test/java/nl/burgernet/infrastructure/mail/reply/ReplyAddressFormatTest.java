package nl.burgernet.infrastructure.mail.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import nl.burgernet.domain.model.reply.KeyForm;
import nl.burgernet.domain.model.reply.ReplyKey;
import nl.burgernet.infrastructure.mail.reply.ReplyAddressFormat.FoundKey;
import org.junit.jupiter.api.Test;

class ReplyAddressFormatTest {

    private static final String DOMAIN = "reply.burgernet.example";
    private final ReplyAddressFormat format = new ReplyAddressFormat(Set.of(DOMAIN));
    private final ReplyKey key = ReplyKey.random();

    @Test
    void addressesAndMessageIdsWeWriteAreReadBack() {
        assertEquals(
                List.of(new FoundKey(key, KeyForm.REPLY_ADDRESS)),
                format.findAddresses("Burgernet <" + ReplyAddressFormat.replyAddress(key, DOMAIN) + ">"));
        assertEquals(
                List.of(new FoundKey(key, KeyForm.BOUNCE_ADDRESS)),
                format.findAddresses(ReplyAddressFormat.bounceAddress(key, DOMAIN)));
        assertEquals(
                List.of(new FoundKey(key, KeyForm.MESSAGE_ID)),
                format.findMessageIds(
                        "<abc@mail.gmail.com> " + ReplyAddressFormat.messageId(key, "BN-2026-0412", DOMAIN)));
    }

    @Test
    void domainAndPrefixAreMatchedIgnoringCaseButTheKeyKeepsItsCase() {
        List<FoundKey> found = format.findAddresses("REPLY+AbCdEfGhIjKlMnOpQr@Reply.Burgernet.Example");
        assertEquals(List.of(new FoundKey(new ReplyKey("AbCdEfGhIjKlMnOpQr"), KeyForm.REPLY_ADDRESS)), found);
    }

    @Test
    void keysUnderOtherDomainsAreNotOurs() {
        assertTrue(
                format.findAddresses("reply+" + key.value() + "@evil.example").isEmpty());
        assertTrue(format.findAddresses("reply+" + key.value() + "@reply.burgernet.example.evil.example")
                .isEmpty());
        assertTrue(format.findMessageIds("<" + key.value() + ".BN-1@gmail.com>").isEmpty());
    }

    @Test
    void aLongerLocalPartEndingInReplyIsNotOurAddress() {
        assertTrue(format.findAddresses("noreply+" + key.value() + "@" + DOMAIN).isEmpty());
        assertTrue(format.findAddresses("reply+" + key.value() + "x".repeat(10) + "@" + DOMAIN)
                .isEmpty());
    }

    @Test
    void ourAddressesAreToldApartFromOthers() {
        assertTrue(format.isOurAddress("burgernet@REPLY.burgernet.example"));
        assertFalse(format.isOurAddress("jan@gmail.com"));
        assertFalse(format.isOurAddress("no-at-sign"));
    }

    @Test
    void anAlertReferenceThatWouldBreakTheMessageIdIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ReplyAddressFormat.messageId(key, "BN 12", DOMAIN));
        assertThrows(IllegalArgumentException.class, () -> ReplyAddressFormat.messageId(key, "a@b", DOMAIN));
        assertThrows(IllegalArgumentException.class, () -> ReplyAddressFormat.messageId(key, "", DOMAIN));
    }
}
