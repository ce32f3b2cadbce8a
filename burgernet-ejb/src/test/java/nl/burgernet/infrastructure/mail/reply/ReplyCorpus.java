package nl.burgernet.infrastructure.mail.reply;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The hand-written corpus of inbound mails in {@code src/test/resources/reply-corpus}: per case
 * {@code <case>.eml}, {@code <case>.expected.properties} (the kind and the facts to check) and, for replies,
 * {@code <case>.expected.txt} (the resident's text as it should come out).
 */
final class ReplyCorpus {

    static final String REPLY_DOMAIN = "reply.burgernet.example";

    /** One case of the corpus. */
    record Case(String name, byte[] message, Properties expected, Optional<String> expectedText) {
        @Override
        public String toString() {
            return name;
        }
    }

    private ReplyCorpus() {}

    static Path folder() {
        try {
            return Path.of(ReplyCorpus.class.getResource("/reply-corpus").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Case> cases() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".eml"))
                    .sorted()
                    .map(ReplyCorpus::load)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Case load(Path eml) {
        String name = eml.getFileName().toString().replaceFirst("\\.eml$", "");
        Path properties = eml.resolveSibling(name + ".expected.properties");
        Path text = eml.resolveSibling(name + ".expected.txt");
        try {
            Properties expected = new Properties();
            try (Reader in = Files.newBufferedReader(properties, StandardCharsets.UTF_8)) {
                expected.load(in);
            }
            Optional<String> expectedText = Files.exists(text)
                    ? Optional.of(Files.readString(text, StandardCharsets.UTF_8).strip())
                    : Optional.empty();
            return new Case(name, Files.readAllBytes(eml), expected, expectedText);
        } catch (IOException e) {
            throw new UncheckedIOException("Case " + name + " needs " + properties.getFileName(), e);
        }
    }
}
