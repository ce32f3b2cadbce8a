package nl.burgernet.infrastructure.mail.reply;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import nl.burgernet.domain.model.reply.InboundMail;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Damages every corpus mail in the ways real mail gets damaged (cut off, bytes flipped, boundaries and headers
 * mangled) and checks that the parser always answers with a result and never throws. The damage is seeded, so a
 * failure repeats.
 */
class MalformedMailRobustnessTest {

    private static final int DAMAGES_PER_CASE = 60;

    private final InboundMailParser parser =
            new InboundMailParser(ReplyParserSettings.defaults(ReplyCorpus.REPLY_DOMAIN));

    static java.util.List<ReplyCorpus.Case> cases() {
        return ReplyCorpus.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void damagedMailAlwaysGetsAResultNeverAnException(ReplyCorpus.Case c) {
        Random random = new Random(c.name().hashCode());
        for (int i = 0; i < DAMAGES_PER_CASE; i++) {
            byte[] damaged = damage(c.message(), random);
            InboundMail mail = parser.classify(damaged);
            assertNotNull(mail.kind(), "a result for damage " + i);
        }
    }

    private static byte[] damage(byte[] message, Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> Arrays.copyOf(message, random.nextInt(message.length + 1));
            case 1 -> flipBytes(message, random);
            case 2 -> replace(message, "--", "-");
            case 3 -> replace(message, "boundary=", "boundary=x");
            default -> replace(message, "\n\n", "\n" + garbageHeader(random) + "\n\n");
        };
    }

    private static byte[] flipBytes(byte[] message, Random random) {
        byte[] copy = message.clone();
        for (int i = 0; i < 1 + copy.length / 200; i++) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }

    private static byte[] replace(byte[] message, String from, String to) {
        return new String(message, StandardCharsets.ISO_8859_1)
                .replace(from, to)
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String garbageHeader(Random random) {
        String[] headers = {
            "Content-Type: multipart/mixed; boundary=",
            "Content-Transfer-Encoding: base64",
            "Content-Type: text/plain; charset=\"",
            "Content-Disposition: attachment; filename*=utf-8''%ZZ",
            "Content-Type: ;;;",
        };
        return headers[random.nextInt(headers.length)];
    }
}
