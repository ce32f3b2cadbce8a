package nl.burgernet.infrastructure.mail.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import nl.burgernet.domain.model.reply.AutoReply;
import nl.burgernet.domain.model.reply.BounceInfo;
import nl.burgernet.domain.model.reply.InboundMail;
import nl.burgernet.domain.model.reply.KeyMatch;
import nl.burgernet.domain.model.reply.ParsedReply;
import nl.burgernet.domain.model.reply.ReplyKind;
import nl.burgernet.domain.model.reply.UnreadableMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every case of the reply corpus through the parser and compares with what the case expects. */
class ReplyCorpusTest {

    private static final Set<String> KNOWN_PROPERTIES = Set.of(
            "kind",
            "key",
            "keySource",
            "keyForm",
            "from",
            "forwarded",
            "fromHtml",
            "images",
            "listed",
            "truncated",
            "originalContains",
            "severity",
            "status",
            "recipient",
            "dsn",
            "reason",
            "detailContains");

    private final InboundMailParser parser =
            new InboundMailParser(ReplyParserSettings.defaults(ReplyCorpus.REPLY_DOMAIN));

    static List<ReplyCorpus.Case> cases() {
        return ReplyCorpus.cases();
    }

    @Test
    void corpusCoversAtLeastTwentyCasesOfEveryKind() {
        List<ReplyCorpus.Case> cases = cases();
        assertTrue(cases.size() >= 20, "corpus has " + cases.size() + " cases");
        Set<String> kinds =
                cases.stream().map(c -> c.expected().getProperty("kind")).collect(Collectors.toSet());
        for (ReplyKind kind : ReplyKind.values()) {
            assertTrue(kinds.contains(kind.name()), "no case of kind " + kind);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mailIsClassifiedAndParsedAsExpected(ReplyCorpus.Case c) {
        Properties expected = c.expected();
        for (String name : expected.stringPropertyNames()) {
            assertTrue(KNOWN_PROPERTIES.contains(name), "unknown expectation '" + name + "'");
        }
        InboundMail mail = parser.classify(c.message());

        assertEquals(ReplyKind.valueOf(expected.getProperty("kind")), mail.kind(), () -> "kind; got " + mail);
        switch (mail) {
            case ParsedReply reply -> checkReply(c, reply);
            case BounceInfo bounce -> checkBounce(expected, bounce);
            case AutoReply auto -> {
                checkIfGiven(expected, "reason", auto.signal().name());
                checkDetail(expected, auto.detail());
                auto.key().ifPresent(k -> checkKey(expected, k));
            }
            case UnreadableMail unreadable -> {
                checkIfGiven(expected, "reason", unreadable.reason().name());
                checkDetail(expected, unreadable.detail());
                if (expected.containsKey("key")) {
                    checkKey(expected, unreadable.key().orElseThrow(() -> new AssertionError("no key found")));
                }
            }
        }
    }

    private static void checkReply(ReplyCorpus.Case c, ParsedReply reply) {
        Properties expected = c.expected();
        assertEquals(
                c.expectedText().orElseThrow(() -> new AssertionError(c.name() + ".expected.txt is missing")),
                reply.text(),
                "resident's text");
        checkKey(expected, reply.key());
        checkIfGiven(expected, "from", reply.sender().address());
        checkIfGiven(expected, "forwarded", Boolean.toString(reply.forwarded()));
        checkIfGiven(expected, "fromHtml", Boolean.toString(reply.fromHtml()));
        assertEquals(
                expected.getProperty("images", ""),
                reply.images().stream()
                        .map(i -> i.fileName() + ":" + i.contentType())
                        .collect(Collectors.joining(",")),
                "kept images");
        assertEquals(
                expected.getProperty("listed", ""),
                reply.otherAttachments().stream()
                        .map(a -> a.fileName() + ":" + a.contentType() + ":" + a.reason())
                        .collect(Collectors.joining(",")),
                "listed attachments");
        assertEquals(Boolean.parseBoolean(expected.getProperty("truncated", "false")), reply.truncated(), "truncated");
        String originalContains = expected.getProperty("originalContains");
        if (originalContains != null) {
            assertTrue(reply.originalText().contains(originalContains), "original text keeps the quote");
        }
    }

    private static void checkBounce(Properties expected, BounceInfo bounce) {
        checkKey(expected, bounce.key());
        checkIfGiven(expected, "severity", bounce.severity().name());
        checkIfGiven(expected, "status", bounce.status());
        checkIfGiven(expected, "recipient", bounce.recipient());
        checkIfGiven(expected, "dsn", Boolean.toString(bounce.deliveryStatusNotification()));
    }

    private static void checkKey(Properties expected, KeyMatch key) {
        checkIfGiven(expected, "key", key.key().value());
        checkIfGiven(expected, "keySource", key.source().name());
        checkIfGiven(expected, "keyForm", key.form().name());
    }

    private static void checkDetail(Properties expected, String detail) {
        String part = expected.getProperty("detailContains");
        if (part != null) {
            assertTrue(detail.contains(part), () -> "detail '" + detail + "' should contain '" + part + "'");
        }
    }

    private static void checkIfGiven(Properties expected, String name, String actual) {
        String value = expected.getProperty(name);
        if (value != null) {
            assertEquals(value, actual, name);
        }
    }
}
