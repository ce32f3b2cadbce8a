package nl.burgernet.infrastructure.mail.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import nl.burgernet.application.reply.ReceivedMail;
import nl.burgernet.application.reply.ReplyRecorder;
import nl.burgernet.infrastructure.mail.reply.InboundMailParser;
import nl.burgernet.infrastructure.mail.reply.ReplyParserSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The intake's loop against a real IMAP server (GreenMail, in this JVM) and a recorder that keeps what it records in
 * memory, hashes included, as the database does: chunks, the fallback to one by one, and what a crash leaves behind.
 */
class MailboxDrainTest {

    private static final String DOMAIN = "reply.example.nl";
    private static final MailboxDrain.Limits CHUNKS_OF_TEN = new MailboxDrain.Limits(10, 1_000_000, 50, 10_000_000);

    private final MemoryRecorder recorder = new MemoryRecorder();
    private final InboundMailParser parser = new InboundMailParser(ReplyParserSettings.defaults(DOMAIN));
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private GreenMail greenMail;
    private GreenMailUser user;
    private Store store;

    @BeforeEach
    void start() throws Exception {
        greenMail = new GreenMail(ServerSetupTest.IMAP.dynamicPort());
        greenMail.start();
        user = greenMail.setUser("replies@burgernet.local", "replies", "replies");
        store = connect();
    }

    @AfterEach
    void stop() throws Exception {
        store.close();
        greenMail.stop();
        executor.shutdownNow();
    }

    @Test
    void aFullInboxIsRecordedInChunksAndEveryMailEndsInProcessed() throws Exception {
        deliver(25, i -> "");

        assertEquals(25, drain().drain());

        assertEquals(List.of(10, 10, 5), recorder.calls.stream().map(List::size).toList());
        assertEquals(25, recorder.hashes.size());
        assertEquals(0, inbox().getMessageCount());
        assertEquals(25, processed().getMessageCount());
    }

    @Test
    void aMailTheDatabaseRefusesCostsOnlyItself() throws Exception {
        deliver(10, i -> i == 4 ? "POISON" : "");
        recorder.refused = mail -> text(mail).contains("POISON");

        assertEquals(10, drain().drain());

        assertEquals(10, recorder.calls.get(0).size(), "first the whole chunk, in one transaction");
        assertEquals(11, recorder.calls.size(), "then each of its mails in one of its own");
        assertEquals(1, recorder.quarantined.size());
        assertTrue(recorder.quarantined.get(0).startsWith("Storing failed: "), recorder.quarantined.get(0));
        assertEquals(10, recorder.hashes.size(), "nine stored and one quarantined: nothing lost");
        assertEquals(0, inbox().getMessageCount());
        assertEquals(10, processed().getMessageCount());
    }

    @Test
    void aChunkStaysInTheInboxWhileNothingCanBeStored() throws Exception {
        deliver(5, i -> "");
        recorder.refused = mail -> true;
        recorder.quarantineFails = true;

        assertThrows(RuntimeException.class, () -> drain().drain());

        assertTrue(recorder.hashes.isEmpty());
        assertEquals(5, inbox().getMessageCount(), "still waiting for a database that works");
        assertEquals(0, processed().getMessageCount());
    }

    @Test
    void aCrashBetweenCommitAndMoveLeavesMailThatIsRecognisedAndNotRecordedTwice() throws Exception {
        deliver(5, i -> "");
        recorder.afterCommit = () -> closeQuietly(store); // the server dies right after the commit

        assertThrows(MessagingException.class, () -> drain().drain());
        assertEquals(5, recorder.hashes.size());
        assertEquals(5, inbox().getMessageCount(), "committed, but never moved");

        recorder.afterCommit = () -> {};
        store = connect(); // the server is back
        assertEquals(5, drain().drain());

        assertEquals(
                List.of(ReplyRecorder.Outcome.ALREADY_RECORDED),
                recorder.outcomesOfLastCall().stream().distinct().toList(),
                "the same bytes as before: each mail recognised");
        assertEquals(5, recorder.hashes.size(), "nothing recorded twice");
        assertEquals(0, inbox().getMessageCount());
        assertEquals(5, processed().getMessageCount());
    }

    @Test
    void aMailLargerThanTheLimitIsRecordedByItsHeadersAndLeftWholeInAFolderOfItsOwn() throws Exception {
        deliver(1, i -> "before");
        deliverRaw(mail("big", "Bijgaand de video.\r\n" + "x".repeat(300_000)));
        deliver(1, i -> "after");
        MailboxDrain.Limits small = new MailboxDrain.Limits(10, 1_000_000, 50, 10_000_000, 100_000);

        assertEquals(3, new MailboxDrain(store, parser, recorder, small, executor).drain());

        List<ReceivedMail> recorded =
                recorder.calls.stream().flatMap(List::stream).toList();
        assertEquals(3, recorded.size(), "the mails after it were not blocked");
        String standIn = recorded.stream()
                .map(MailboxDrainTest::text)
                .filter(t -> t.contains("Subject: Re: Burgernetactie big"))
                .findFirst()
                .orElseThrow();
        assertTrue(standIn.length() < 20_000, "only the headers and a note: " + standIn.length());
        assertTrue(standIn.contains("X-Burgernet-Oversized: "), standIn);
        assertTrue(standIn.contains("folder " + ReplyMailbox.OVERSIZED), standIn);
        assertTrue(
                recorded.stream().allMatch(m -> m instanceof ReceivedMail.Classified),
                "the stand-in is read like any mail");
        assertEquals(0, inbox().getMessageCount());
        assertEquals(2, processed().getMessageCount());
        MailFolder oversized = greenMail.getManagers().getImapHostManager().getFolder(user, ReplyMailbox.OVERSIZED);
        assertEquals(1, oversized.getMessageCount());
        assertTrue(oversized.getMessages().get(0).getMimeMessage().getSize() > 300_000, "the original is kept whole");
    }

    @Test
    void aMailWhoseParseRunsOutOfMemoryIsKeptWholeAndTheOthersAreRecorded() throws Exception {
        deliver(3, i -> i == 1 ? "HEAP" : "");
        java.util.function.Function<byte[], nl.burgernet.domain.model.reply.InboundMail> classifier = raw -> {
            if (new String(raw, StandardCharsets.UTF_8).contains("HEAP")) {
                throw new OutOfMemoryError("Java heap space");
            }
            return parser.classify(raw);
        };

        assertEquals(3, new MailboxDrain(store, classifier, recorder, CHUNKS_OF_TEN, executor).drain());

        List<ReceivedMail> recorded =
                recorder.calls.stream().flatMap(List::stream).toList();
        assertEquals(3, recorded.size());
        ReceivedMail.Unparsable failed = (ReceivedMail.Unparsable) recorded.stream()
                .filter(m -> text(m).contains("HEAP"))
                .findFirst()
                .orElseThrow();
        assertTrue(failed.why().contains("out of memory"), failed.why());
        assertEquals(0, inbox().getMessageCount());
    }

    private static String mail(String marker, String body) {
        return "From: bewoner@example.nl\r\nTo: Burgernet <reply+keybigabcdefghijklmnopq@" + DOMAIN + ">\r\n"
                + "Subject: Re: Burgernetactie " + marker + "\r\nMessage-ID: <" + marker + "@example.nl>\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + body + "\r\n";
    }

    private void deliverRaw(String raw) throws Exception {
        inbox().appendMessage(
                        new MimeMessage(
                                Session.getInstance(new Properties()),
                                new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))),
                        new Flags(),
                        new Date());
    }

    private MailboxDrain drain() {
        return new MailboxDrain(store, parser, recorder, CHUNKS_OF_TEN, executor);
    }

    private void deliver(int count, java.util.function.IntFunction<String> marker) throws Exception {
        Session session = Session.getInstance(new Properties());
        for (int i = 0; i < count; i++) {
            String raw =
                    "From: bewoner" + i + "@example.nl\r\nTo: Burgernet <reply+key" + i + "abcdefghijklmnopq@" + DOMAIN
                            + ">\r\nSubject: Re: Burgernetactie " + marker.apply(i) + "\r\nMessage-ID: <m" + i
                            + "@example.nl>\r\n"
                            + "Content-Type: text/plain; charset=UTF-8\r\n\r\nIk zag iets bij huis " + i + ".\r\n";
            inbox().appendMessage(
                            new MimeMessage(session, new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))),
                            new Flags(),
                            new Date());
        }
    }

    private MailFolder inbox() throws Exception {
        return greenMail.getManagers().getImapHostManager().getInbox(user);
    }

    private MailFolder processed() throws Exception {
        return greenMail.getManagers().getImapHostManager().getFolder(user, ReplyMailbox.PROCESSED);
    }

    private Store connect() throws MessagingException {
        Store s = Session.getInstance(new Properties()).getStore("imap");
        s.connect("127.0.0.1", greenMail.getImap().getPort(), "replies", "replies");
        return s;
    }

    private static void closeQuietly(Store s) {
        try {
            s.close();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(ReceivedMail mail) {
        return new String(mail.raw(), StandardCharsets.UTF_8);
    }

    /** Records in memory, recognising mail by the SHA-256 of its bytes as the database does by its unique hash. */
    private static final class MemoryRecorder extends ReplyRecorder {

        final Set<String> hashes = new HashSet<>();
        final List<List<ReceivedMail>> calls = new ArrayList<>();
        final List<String> quarantined = new ArrayList<>();
        private final List<List<Outcome>> outcomes = new ArrayList<>();
        Predicate<ReceivedMail> refused = mail -> false;
        boolean quarantineFails;
        Runnable afterCommit = () -> {};

        @Override
        public synchronized List<Outcome> recordAll(List<ReceivedMail> mails) {
            calls.add(mails);
            if (mails.stream().anyMatch(refused)) {
                throw new IllegalStateException("the database refused a row");
            }
            List<Outcome> result = mails.stream()
                    .map(m -> hashes.add(hash(m.raw())) ? Outcome.TIP : Outcome.ALREADY_RECORDED)
                    .toList();
            outcomes.add(result);
            afterCommit.run();
            return result;
        }

        @Override
        public synchronized Outcome quarantineFailed(byte[] raw, String why) {
            if (quarantineFails) {
                throw new IllegalStateException("the database is gone");
            }
            quarantined.add(why);
            return hashes.add(hash(raw)) ? Outcome.QUARANTINED : Outcome.ALREADY_RECORDED;
        }

        synchronized List<Outcome> outcomesOfLastCall() {
            return outcomes.get(outcomes.size() - 1);
        }

        private static String hash(byte[] raw) {
            try {
                return HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
