package nl.burgernet.it.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import nl.burgernet.it.support.Await;
import nl.burgernet.it.support.IntegrationTestServices;
import nl.burgernet.it.support.PortalProcess;
import nl.burgernet.it.support.PortalSession;
import nl.burgernet.it.support.WarBuilder;
import org.junit.jupiter.api.Test;

/**
 * The server is killed (SIGKILL) in the middle of a dispatch to 3,000 residents and started again on the same data.
 * The alert must finish by itself, and every resident must have received the alert exactly once: one message, one
 * Message-ID. The broker and the mail server live in the test JVM, as a real broker and mail relay would outlive the
 * portal.
 *
 * <p>What "exactly once" can mean for e-mail: a delivery whose SMTP server had accepted the mail when the portal
 * died, before its result was committed, is in doubt; it is sent again under the same Message-ID, which mail
 * servers and clients treat as the same message. The test counts those physical copies and checks they stay within
 * the deliveries one crash can leave in doubt (the batches being sent at that moment).
 */
class CrashDuringDispatchIT {

    private static final Duration BOOT = Duration.ofMinutes(3);
    private static final int BATCH_SIZE = 50;
    private static final int PARALLEL_BATCHES = 4;

    @Test
    void aDispatchKilledHalfWayFinishesAfterTheRestartAndReachesEveryoneOnce() throws Exception {
        Path war = WarBuilder.portal()
                .withClasses(CrashFixture.class)
                .writeTo(Files.createDirectories(Path.of(System.getProperty("burgernet.it.runtime"), "wars"))
                        .resolve("crash.war"));
        int port = Integer.getInteger("burgernet.it.http.port", 0);
        try (PortalProcess portal = PortalProcess.create("crash", port == 0 ? PortalProcess.freePort() : port)
                .war(war)
                .systemProperty("burgernet.dispatch.batch-size", Integer.toString(BATCH_SIZE))
                .systemProperty("burgernet.dispatch.claim-timeout-seconds", "5")
                .start()) {
            portal.awaitReady(BOOT);
            PortalSession operator =
                    PortalSession.login(portal.baseUri(), CrashFixture.OPERATOR, CrashFixture.PASSWORD);
            HttpResponse<String> created = operator.postJson("api/alerts", alert());
            assertEquals(201, created.statusCode(), created.body());
            JsonObject alert = json(created.body());
            long id = alert.getJsonNumber("id").longValue();
            String reference = alert.getString("reference");

            assertEquals(
                    200, operator.postJson("api/alerts/" + id + "/launch", "{}").statusCode());
            int total = CrashFixture.PARTICIPANTS;
            assertTrue(
                    Await.until(Duration.ofMinutes(2), () -> received(reference).size() >= total / 5),
                    "the dispatch should be under way");
            portal.killHard();
            int receivedAtKill = received(reference).size();
            System.out.printf("Killed with %d of %d residents reached%n", receivedAtKill, total);
            assertTrue(receivedAtKill < total, "killed in the middle, not after the end");

            portal.restart().awaitReady(BOOT);
            PortalSession again = PortalSession.login(portal.baseUri(), CrashFixture.OPERATOR, CrashFixture.PASSWORD);
            boolean active = Await.until(Duration.ofMinutes(3), () -> {
                try {
                    return "ACTIVE"
                            .equals(json(again.get("api/alerts/" + id).body()).getString("status"));
                } catch (Exception e) {
                    return false;
                }
            });
            assertTrue(
                    active,
                    "the alert finishes by itself: "
                            + again.get("api/alerts/" + id + "/progress").body());

            Map<String, Set<String>> idsByRecipient = received(reference);
            int copies = copies(reference);
            for (int i = 0; i < total; i++) {
                Set<String> ids = idsByRecipient.get(CrashFixture.email(i));
                assertTrue(ids != null && ids.size() == 1, CrashFixture.email(i) + " received " + ids);
            }
            assertEquals(total, idsByRecipient.size());
            int resent = copies - total;
            System.out.printf(
                    "Physical copies: %d for %d residents (%d in-doubt deliveries sent again)%n",
                    copies, total, resent);
            assertTrue(resent <= BATCH_SIZE * PARALLEL_BATCHES, "only what was in flight may be sent again: " + resent);

            JsonObject progress = Json.createReader(new StringReader(
                            again.get("api/alerts/" + id + "/progress").body()))
                    .readArray()
                    .stream()
                    .map(JsonValue::asJsonObject)
                    .filter(p -> p.getInt("sequence") == 0)
                    .findFirst()
                    .orElseThrow();
            assertEquals(total, progress.getInt("sent"), progress.toString());
        }
    }

    private static String alert() {
        return "{\"type\":\"DOOR_TO_DOOR_INQUIRY\",\"title\":\"Wie zag de inbraak?\",\"body\":\"Vannacht is"
                + " ingebroken.\",\"area\":{\"centre\":{\"latitude\":" + CrashFixture.CENTRE.latitude()
                + ",\"longitude\":" + CrashFixture.CENTRE.longitude() + "},\"radiusMetres\":1000},"
                + "\"channels\":[\"email\"]}";
    }

    /**
     * Recipient address → the distinct Message-IDs they received about the alert. Only this test's residents count:
     * the mail server is shared by the whole test run, and other portals' databases number their alerts from 1 too.
     */
    private static Map<String, Set<String>> received(String reference) {
        Map<String, Set<String>> ids = new HashMap<>();
        for (MimeMessage m :
                IntegrationTestServices.services().mailServer().greenMail().getReceivedMessages()) {
            try {
                if (isAbout(m, reference)) {
                    ids.computeIfAbsent(recipient(m), k -> new HashSet<>()).add(m.getMessageID());
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return ids;
    }

    private static int copies(String reference) {
        int n = 0;
        for (MimeMessage m :
                IntegrationTestServices.services().mailServer().greenMail().getReceivedMessages()) {
            try {
                if (isAbout(m, reference)) {
                    n++;
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return n;
    }

    private static boolean isAbout(MimeMessage m, String reference) throws Exception {
        return m.getMessageID() != null
                && m.getMessageID().contains("." + reference + ".")
                && RESIDENT.matcher(recipient(m)).matches();
    }

    private static String recipient(MimeMessage m) throws Exception {
        return ((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress();
    }

    private static final java.util.regex.Pattern RESIDENT = java.util.regex.Pattern.compile("crash\\d+@example\\.nl");

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
