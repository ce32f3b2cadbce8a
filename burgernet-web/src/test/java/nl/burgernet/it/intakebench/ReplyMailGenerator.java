package nl.burgernet.it.intakebench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds a reply mailbox's worth of mail from the reply parser's test corpus ({@code reply-corpus} in burgernet-ejb's
 * test resources): every corpus case in turn (replies from many clients, photos, out-of-office answers, read
 * receipts, DSN and free-text bounces, unreadable mail), readdressed to real reply keys and a real reply domain; and
 * among them 2 % replies to a forged key and 1 % mails to the unsubscribe address. Each mail gets a header of its own
 * ({@code X-Intake-Bench}), so that no two are the same bytes: the intake would rightly record a repeat only once.
 *
 * <p>With each batch comes what the intake should make of it, from the corpus's own expectations: replies,
 * auto-replies and bounces stored against their delivery, unsubscribes, and the rest (forged keys, unreadable mail)
 * in the quarantine.
 */
public final class ReplyMailGenerator {

    /** The corpus as seen from burgernet-web, where failsafe runs; {@code burgernet.intakebench.corpus} overrides. */
    public static final Path CORPUS = Path.of(
            System.getProperty("burgernet.intakebench.corpus", "../burgernet-ejb/src/test/resources/reply-corpus"));

    private static final String CORPUS_DOMAIN = "reply.burgernet.example";
    private static final Pattern CORPUS_KEY = Pattern.compile("(?i)(?:(?:reply|bounce)\\+([A-Za-z0-9_-]{16,32})@"
            + Pattern.quote(CORPUS_DOMAIN) + "|<([A-Za-z0-9_-]{16,32})\\.[A-Za-z0-9_.-]{1,64}@"
            + Pattern.quote(CORPUS_DOMAIN) + ">)");
    private static final String FORGED_KEY = "zzzzzzzzzzzzzzzzzzzzzzzzzz";
    private static final int FORGED_EVERY = 50;
    private static final int UNSUBSCRIBE_EVERY = 100;

    /** A batch of raw mails (RFC 5322 bytes) and what the intake should record for them. */
    public record Batch(List<byte[]> mails, RecordedCounts expected) {}

    private record Case(String name, String text, Set<String> keys, Outcome outcome) {}

    private enum Outcome {
        REPLY,
        AUTO_REPLY,
        BOUNCE,
        UNSUBSCRIBE,
        QUARANTINED
    }

    private ReplyMailGenerator() {}

    /**
     * {@code count} mails to the given keys in turn under {@code replyDomain}.
     *
     * @param replyKeys keys of real deliveries (the mails' keys are spread over them)
     * @param runTag makes this batch's mails differ from every other batch's: use a new one per batch
     */
    public static Batch generate(int count, List<String> replyKeys, String replyDomain, String runTag) {
        if (replyKeys.isEmpty()) {
            throw new IllegalArgumentException("The mails need at least one real reply key");
        }
        List<Case> cases = corpus();
        List<byte[]> mails = new ArrayList<>(count);
        long[] outcomes = new long[Outcome.values().length];
        Case plainReply = cases.stream()
                .filter(c -> c.outcome() == Outcome.REPLY && c.keys().size() == 1)
                .findFirst()
                .orElseThrow();
        int nextCase = 0;
        for (int i = 0; i < count; i++) {
            // A stride through the keys that is coprime with any plausible number of them: mails per key even out.
            String key = replyKeys.get((int) ((i * 7_919L) % replyKeys.size()));
            String tag = "X-Intake-Bench: " + runTag + "-" + i;
            Outcome outcome;
            String text;
            if (i % FORGED_EVERY == FORGED_EVERY - 1) {
                text = readdressed(plainReply, FORGED_KEY, replyDomain);
                outcome = Outcome.QUARANTINED;
            } else if (i % UNSUBSCRIBE_EVERY == UNSUBSCRIBE_EVERY / 2) {
                text = unsubscribe(key, replyDomain);
                outcome = Outcome.UNSUBSCRIBE;
            } else {
                Case c = cases.get(nextCase++ % cases.size());
                text = readdressed(c, key, replyDomain);
                outcome = c.outcome();
            }
            String newline = text.contains("\r\n") ? "\r\n" : "\n";
            mails.add((tag + newline + text).getBytes(StandardCharsets.ISO_8859_1));
            outcomes[outcome.ordinal()]++;
        }
        return new Batch(
                mails,
                new RecordedCounts(
                        outcomes[Outcome.REPLY.ordinal()],
                        outcomes[Outcome.AUTO_REPLY.ordinal()],
                        outcomes[Outcome.BOUNCE.ordinal()],
                        outcomes[Outcome.UNSUBSCRIBE.ordinal()],
                        outcomes[Outcome.QUARANTINED.ordinal()]));
    }

    private static String readdressed(Case c, String key, String replyDomain) {
        String text = c.text();
        for (String corpusKey : c.keys()) {
            text = Pattern.compile(Pattern.quote(corpusKey), Pattern.CASE_INSENSITIVE)
                    .matcher(text)
                    .replaceAll(key);
        }
        return text.replace(CORPUS_DOMAIN, replyDomain);
    }

    /** What a mail client sends for our List-Unsubscribe mailto: an empty mail with subject "unsubscribe". */
    private static String unsubscribe(String key, String replyDomain) {
        return "From: bewoner@intakestad.example\r\n"
                + "To: unsubscribe+" + key + "@" + replyDomain + "\r\n"
                + "Subject: unsubscribe\r\n"
                + "Date: Sat, 4 Apr 2026 10:00:00 +0200\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=us-ascii\r\n"
                + "\r\n";
    }

    private static List<Case> corpus() {
        try (Stream<Path> files = Files.list(CORPUS)) {
            List<Case> cases = files.filter(f -> f.getFileName().toString().endsWith(".eml"))
                    .sorted()
                    .map(ReplyMailGenerator::load)
                    .toList();
            if (cases.isEmpty()) {
                throw new IllegalStateException("No .eml files in " + CORPUS.toAbsolutePath());
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the reply corpus at " + CORPUS.toAbsolutePath(), e);
        }
    }

    private static Case load(Path eml) {
        String name = eml.getFileName().toString().replaceFirst("\\.eml$", "");
        try {
            // ISO-8859-1 maps every byte to one char and back: the mail's bytes survive untouched.
            String text = Files.readString(eml, StandardCharsets.ISO_8859_1);
            Properties expected = new Properties();
            try (Reader in = Files.newBufferedReader(
                    eml.resolveSibling(name + ".expected.properties"), StandardCharsets.UTF_8)) {
                expected.load(in);
            }
            Set<String> keys = new LinkedHashSet<>();
            Matcher m = CORPUS_KEY.matcher(text);
            while (m.find()) {
                keys.add((m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT));
            }
            return new Case(name, text, keys, outcome(expected.getProperty("kind"), keys));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read corpus case " + name, e);
        }
    }

    /** Stored against its delivery when the parser's kind carries a key we replace; otherwise quarantined. */
    private static Outcome outcome(String kind, Set<String> keys) {
        if (keys.isEmpty()) {
            return Outcome.QUARANTINED;
        }
        return switch (kind) {
            case "REPLY" -> Outcome.REPLY;
            case "AUTO_REPLY" -> Outcome.AUTO_REPLY;
            case "BOUNCE" -> Outcome.BOUNCE;
            default -> Outcome.QUARANTINED;
        };
    }
}
