package nl.burgernet.it.replies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.burgernet.devservices.EmbeddedMailServer;
import nl.burgernet.it.intakebench.BenchMailbox;
import nl.burgernet.it.intakebench.IntakeBenchControl;
import nl.burgernet.it.intakebench.IntakeBenchFixture;
import nl.burgernet.it.intakebench.RecordedCounts;
import nl.burgernet.it.intakebench.ReplyMailGenerator;
import nl.burgernet.it.support.Await;
import nl.burgernet.it.support.IntegrationTestServices;
import nl.burgernet.it.support.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reply intake's chunks on the real server and database: many mails land in the reply mailbox at once and are
 * recorded together; one the database refuses costs only itself (it goes to the quarantine, the rest of its chunk is
 * stored); and mail that is met again after it was recorded (a crash between the commit and the move to Processed)
 * is recognised, never recorded twice. Mail comes from the reply corpus, readdressed to the keys of the intake
 * benchmark's fixture (GM9801).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReplyIntakeChunksIT {

    private static final Duration SOON = Duration.ofSeconds(60);

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTestClasses(
                IntakeBenchFixture.class, IntakeBenchControl.class, RecordedCounts.class, RefusedSubjectRule.class);
    }

    @ArquillianResource
    URL portalUrl;

    private final HttpClient http = HttpClient.newHttpClient();
    private final BenchMailbox mailbox = BenchMailbox.of(
            IntegrationTestServices.services().mailServer().greenMail(),
            EmbeddedMailServer.REPLY_MAILBOX_USER,
            EmbeddedMailServer.REPLY_MAILBOX_ADDRESS);

    @Test
    void aMailTheDatabaseRefusesGoesToTheQuarantineAndTheRestOfItsChunkIsStored() throws Exception {
        List<String> keys = keys();
        ReplyMailGenerator.Batch batch =
                ReplyMailGenerator.generate(60, keys, IntakeBenchFixture.REPLY_DOMAIN, "refused-" + System.nanoTime());
        List<byte[]> mails = new ArrayList<>(batch.mails());
        mails.add(30, refusedReply(keys.get(0)));
        RecordedCounts before = counts();
        long failedBefore = failed();

        arriveAtOnce("Staging-refused", mails);

        assertTrue(
                Await.until(SOON, () -> counts().minus(before).total() == 61),
                "all recorded: " + counts().minus(before));
        RecordedCounts expected = batch.expected().plus(new RecordedCounts(0, 0, 0, 0, 1));
        assertEquals(
                expected, counts().minus(before), "the generator's 60 as expected, and the refused one quarantined");
        assertEquals(failedBefore + 1, failed(), "quarantined because storing it failed");
        assertTrue(Await.until(SOON, () -> mailbox.inboxCount() == 0), "every mail left the inbox");
    }

    @Test
    void mailMetAgainAfterItWasRecordedIsRecognisedAndNotRecordedTwice() throws Exception {
        String tag = "again-" + System.nanoTime();
        ReplyMailGenerator.Batch batch = ReplyMailGenerator.generate(40, keys(), IntakeBenchFixture.REPLY_DOMAIN, tag);
        RecordedCounts before = counts();
        arriveAtOnce("Staging-again", batch.mails());
        assertTrue(Await.until(SOON, () -> counts().minus(before).total() == 40));
        assertTrue(Await.until(SOON, () -> mailbox.inboxCount() == 0));
        RecordedCounts recorded = counts();
        int processed = mailbox.count("Processed");

        // What a crash between the commit and the move leaves: recorded mails that are still (again) in the inbox.
        assertEquals(40, mailbox.copy("Processed", "Staging-again-2", mail -> isTagged(mail, tag)));
        mailbox.release("Staging-again-2");

        assertTrue(Await.until(SOON, () -> mailbox.inboxCount() == 0), "read and moved again");
        assertEquals(processed + 40, mailbox.count("Processed"));
        assertEquals(recorded, counts(), "nothing recorded twice");
    }

    /** Waits for an empty inbox, then makes the mails the inbox in one step, so that the intake meets them together. */
    private void arriveAtOnce(String staging, List<byte[]> mails) throws Exception {
        assertTrue(Await.until(SOON, () -> mailbox.inboxCount() == 0), "the inbox is empty first");
        mailbox.stage(staging, BenchMailbox.prepare(mails));
        mailbox.release(staging);
    }

    private static byte[] refusedReply(String key) {
        return ("From: bewoner@intakestad.example\r\nTo: reply+" + key + "@" + IntakeBenchFixture.REPLY_DOMAIN
                        + "\r\nSubject: Re: Wie zag de inbraak? " + RefusedSubjectRule.MARKER
                        + "\r\nMessage-ID: <refused-" + System.nanoTime() + "@intakestad.example>\r\n"
                        + "Content-Type: text/plain; charset=UTF-8\r\n\r\nDeze wil de database niet.\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static boolean isTagged(MimeMessage mail, String tag) {
        try {
            String value = mail.getHeader("X-Intake-Bench", null);
            return value != null && value.startsWith(tag);
        } catch (MessagingException e) {
            return false;
        }
    }

    private List<String> keys() throws Exception {
        return get("api/it/intakebench/keys").lines().toList();
    }

    private RecordedCounts counts() {
        try {
            return RecordedCounts.parse(get("api/it/intakebench"));
        } catch (Exception e) {
            return RecordedCounts.NONE;
        }
    }

    private long failed() throws Exception {
        return Long.parseLong(get("api/it/intakebench/quarantined/FAILED").strip());
    }

    private String get(String path) throws Exception {
        URI uri = portalUrl.toURI().resolve(path);
        HttpResponse<String> response =
                http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response.body();
    }
}
