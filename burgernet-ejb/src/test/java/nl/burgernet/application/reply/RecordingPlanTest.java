package nl.burgernet.application.reply;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.burgernet.application.reply.ReplyRecorder.Outcome;
import nl.burgernet.domain.model.reply.BounceInfo;
import nl.burgernet.domain.model.reply.BounceSeverity;
import nl.burgernet.domain.model.reply.KeyForm;
import nl.burgernet.domain.model.reply.KeyMatch;
import nl.burgernet.domain.model.reply.KeySource;
import nl.burgernet.domain.model.reply.ReplyKey;
import nl.burgernet.infrastructure.mail.reply.InboundMailParser;
import nl.burgernet.infrastructure.mail.reply.ReplyParserSettings;
import org.junit.jupiter.api.Test;

class RecordingPlanTest {

    private static final String DOMAIN = "reply.example.nl";
    private static final String KEY = "3i2h3diducixf4jszw4oscymxc";
    private static final String OTHER_KEY = "w3afuqqpofkbs45u4tf3jq653k";
    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private static final KeyedDelivery DELIVERY = new KeyedDelivery(11, 22, 33, 44, 33, "jan@example.nl", 120);
    private static final Map<String, KeyedDelivery> KNOWN_KEY = Map.of(KEY, DELIVERY);

    private final InboundMailParser parser = new InboundMailParser(ReplyParserSettings.defaults(DOMAIN));

    @Test
    void aReplyToAKnownKeyBecomesATipOfItsDelivery() {
        ReceivedMail reply = reply("jan@example.nl", KEY, "Ik zag een rode auto.");

        RecordingPlan plan = plan(List.of(reply), Set.of(), KNOWN_KEY);

        assertEquals(List.of(Outcome.TIP), plan.outcomes());
        assertEquals(1, plan.replies().size());
        var row = plan.replies().get(0);
        assertEquals("REPLY", row.kind());
        assertEquals(DELIVERY, row.delivery());
        assertEquals("Ik zag een rode auto.", row.text());
        assertTrue(row.senderVerified(), "sent from the participant's own address");
        assertEquals(ReplyRecorder.sha256(reply.raw()), row.mailHash());
        assertTrue(plan.quarantined().isEmpty());
    }

    @Test
    void aReplyToAKeyNoDeliveryHasGoesToTheQuarantineWhole() {
        ReceivedMail forged = reply("prankster@example.org", OTHER_KEY, "Ik weet alles.");

        RecordingPlan plan = plan(List.of(forged), Set.of(), KNOWN_KEY);

        assertEquals(List.of(Outcome.QUARANTINED), plan.outcomes());
        assertEquals("UNKNOWN_KEY", plan.quarantined().get(0).reason());
        assertArrayEquals(forged.raw(), plan.quarantined().get(0).raw());
        assertTrue(plan.replies().isEmpty());
    }

    @Test
    void theSameBytesTwiceInOneChunkAreRecordedOnce() {
        ReceivedMail reply = reply("jan@example.nl", KEY, "Twee keer verstuurd.");

        RecordingPlan plan = plan(List.of(reply, reply), Set.of(), KNOWN_KEY);

        assertEquals(List.of(Outcome.TIP, Outcome.ALREADY_RECORDED), plan.outcomes());
        assertEquals(1, plan.replies().size());
    }

    @Test
    void aMailTheDatabaseAlreadyHasIsNotRecordedAgain() {
        ReceivedMail reply = reply("jan@example.nl", KEY, "Na een herstart opnieuw gelezen.");
        ReceivedMail forged = reply("prankster@example.org", OTHER_KEY, "Ook al eens gezien.");

        RecordingPlan plan = plan(
                List.of(reply, forged),
                Set.of(ReplyRecorder.sha256(reply.raw()), ReplyRecorder.sha256(forged.raw())),
                KNOWN_KEY);

        assertEquals(List.of(Outcome.ALREADY_RECORDED, Outcome.ALREADY_RECORDED), plan.outcomes());
        assertTrue(plan.replies().isEmpty());
        assertTrue(plan.quarantined().isEmpty());
    }

    @Test
    void bouncesAndUnsubscribesActOnTheParticipantOfTheirKey() {
        ReceivedMail bounce = new ReceivedMail.Classified(
                bytes("bounce"),
                new BounceInfo(
                        "<b1@mx.example>",
                        new KeyMatch(new ReplyKey(KEY), KeySource.TO, KeyForm.BOUNCE_ADDRESS),
                        "jan@example.nl",
                        BounceSeverity.HARD,
                        "5.1.1",
                        "user unknown",
                        true));
        ReceivedMail unsubscribe = new ReceivedMail.Unsubscribe(bytes("unsubscribe"), KEY.toUpperCase(), "<u@x>");
        ReceivedMail unknownUnsubscribe = new ReceivedMail.Unsubscribe(bytes("other"), OTHER_KEY, "<u2@x>");

        RecordingPlan plan = plan(List.of(bounce, unsubscribe, unknownUnsubscribe), Set.of(), KNOWN_KEY);

        assertEquals(List.of(Outcome.BOUNCE, Outcome.UNSUBSCRIBED, Outcome.QUARANTINED), plan.outcomes());
        assertEquals(
                List.of("BOUNCE", "UNSUBSCRIBE"),
                plan.replies().stream().map(r -> r.kind()).toList());
        assertEquals(List.of(new RecordingPlan.Bounce(DELIVERY, BounceSeverity.HARD)), plan.bounces());
        assertEquals(List.of(DELIVERY), plan.unsubscribes());
        assertEquals("UNKNOWN_KEY", plan.quarantined().get(0).reason());
    }

    @Test
    void unreadableAndUnparsableMailIsQuarantinedWithItsReason() {
        byte[] noHeaders = bytes("%%%% no headers here\n");
        ReceivedMail garbage = new ReceivedMail.Classified(noHeaders, parser.classify(noHeaders));
        ReceivedMail crashed = new ReceivedMail.Unparsable(bytes("crash"), "The parser failed: boom");

        RecordingPlan plan = plan(List.of(garbage, crashed), Set.of(), KNOWN_KEY);

        assertEquals(List.of(Outcome.QUARANTINED, Outcome.QUARANTINED), plan.outcomes());
        assertEquals(
                List.of("UNREADABLE", "FAILED"),
                plan.quarantined().stream().map(q -> q.reason()).toList());
        assertEquals("The parser failed: boom", plan.quarantined().get(1).detail());
    }

    @Test
    void theKeysOfAChunkAreLookedUpOnceInLowerCase() {
        assertEquals(
                Set.of(KEY, OTHER_KEY),
                RecordingPlan.keysOf(List.of(
                        reply("a@example.nl", KEY.toUpperCase(), "een"),
                        reply("b@example.nl", KEY, "twee"),
                        new ReceivedMail.Unsubscribe(bytes("u"), OTHER_KEY, ""),
                        new ReceivedMail.Unparsable(bytes("x"), "boom"))));
    }

    @Test
    void anAutoReplyIsStoredWithItsTextAndTheWholeMailSoThatItCanBeRefiled() {
        byte[] raw = ("From: jan@example.nl\r\nTo: Burgernet <reply+" + KEY + "@" + DOMAIN + ">\r\n"
                        + "Subject: Automatisch antwoord: Burgernetactie\r\nAuto-Submitted: auto-replied\r\n"
                        + "Content-Type: text/plain; charset=UTF-8\r\n\r\nAfwezig, maar zag een rode auto.\r\n")
                .getBytes(StandardCharsets.UTF_8);
        ReceivedMail auto = new ReceivedMail.Classified(raw, parser.classify(raw));

        RecordingPlan plan = plan(List.of(auto), Set.of(), KNOWN_KEY);

        assertEquals(List.of(Outcome.AUTO_REPLY), plan.outcomes());
        var row = plan.replies().get(0);
        assertEquals("AUTO_REPLY", row.kind());
        assertEquals("Afwezig, maar zag een rode auto.", row.text());
        assertEquals("AUTO_SUBMITTED: Auto-Submitted: auto-replied", row.detail());
        assertArrayEquals(raw, row.raw());
    }

    private ReceivedMail reply(String from, String key, String text) {
        byte[] raw = ("From: " + from + "\r\nTo: Burgernet <reply+" + key + "@" + DOMAIN + ">\r\n"
                        + "Subject: Re: Burgernetactie\r\nMessage-ID: <" + text.hashCode() + "@example.nl>\r\n"
                        + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + text + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
        return new ReceivedMail.Classified(raw, parser.classify(raw));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static RecordingPlan plan(List<ReceivedMail> mails, Set<String> known, Map<String, KeyedDelivery> keys) {
        return RecordingPlan.of(
                mails, mails.stream().map(m -> ReplyRecorder.sha256(m.raw())).toList(), known, keys, NOW);
    }
}
