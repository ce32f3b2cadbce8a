package nl.burgernet.it.replies;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.activation.DataHandler;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import nl.burgernet.channel.testkit.RecordingChannel;
import nl.burgernet.it.alerts.AlertFixture;
import nl.burgernet.it.alerts.AlertFixtureWriter;
import nl.burgernet.it.alerts.AlertTestSupport;
import nl.burgernet.it.alerts.SmsTestChannel;
import nl.burgernet.it.alerts.SmsTestControl;
import nl.burgernet.it.support.Await;
import nl.burgernet.it.support.PortalDeployment;
import nl.burgernet.it.support.PortalSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole loop with the real mail server: an alert goes out, residents answer the mail through SMTP to the reply
 * address, the portal reads the reply mailbox over IMAP, and the operator sees the tips — stripped, pseudonymous,
 * with photos. Out-of-office mails and bounces are recorded but are not tips; a forged key ends in the quarantine.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReplyLoopIT {

    private static final Duration SOON = Duration.ofSeconds(30);
    /** The test corpus of the reply parser: real-world shapes of mail, reused here for the whole loop. */
    private static final Path CORPUS = Path.of("../burgernet-ejb/src/test/resources/reply-corpus");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withoutPlugin(
                "burgernet-channel-sms",
                AlertFixture.class,
                AlertFixtureWriter.class,
                SmsTestChannel.class,
                SmsTestControl.class,
                RecordingChannel.class,
                RecordingChannel.Delivery.class);
    }

    @ArquillianResource
    URL portalUrl;

    // One alert serves all tests; JUnit makes a new instance per test, so its traces are static.
    private static PortalSession operator;
    private static long alertId;
    private static Map<String, List<MimeMessage>> mails;

    /**
     * Once, at the start of the first test: only inside a test method is the deployment's URL sure to be injected
     * (a @BeforeEach once got the server's root URL instead of the portal's).
     */
    private void launchAnAlertToTheRepliers() throws Exception {
        if (operator != null) {
            return;
        }
        operator = PortalSession.login(portalUrl.toURI(), "op-dispatch", AlertFixture.PASSWORD);
        HttpResponse<String> created = operator.postJson(
                "api/alerts",
                AlertTestSupport.alertJson(
                        "DOOR_TO_DOOR_INQUIRY", "Wie zag de inbraak?", AlertFixture.REPLY_POINT, 600, "email"));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject alert = json(created.body());
        alertId = alert.getJsonNumber("id").longValue();
        operator.postJson("api/alerts/" + alertId + "/launch", "{}");
        String reference = alert.getString("reference");
        assertTrue(Await.until(
                Duration.ofSeconds(60),
                () -> AlertTestSupport.mailsAbout(reference).size() == 4));
        mails = AlertTestSupport.mailsAbout(reference);
    }

    @Test
    void aReplyShowsOnTheAlertWithinSecondsStrippedAndWithoutTheResidentsAddress() throws Exception {
        launchAnAlertToTheRepliers();
        MimeMessage alertMail = mails.get("replier0@example.nl").get(0);
        String replyTo = ((InternetAddress) alertMail.getReplyTo()[0]).getAddress();
        assertTrue(replyTo.startsWith("reply+"), replyTo);

        MimeMessage reply = new MimeMessage(session());
        reply.setFrom(new InternetAddress("replier0@example.nl", "Jan Jansen"));
        reply.setRecipients(Message.RecipientType.TO, replyTo);
        reply.setSubject("Re: " + alertMail.getSubject(), "UTF-8");
        reply.setHeader("In-Reply-To", alertMail.getMessageID());
        reply.setHeader("References", alertMail.getMessageID());
        reply.setText(
                "Ik zag gisteravond om 23:00 een man met een rode jas bij de achterdeur.\n\n"
                        + "Op zo 29 nov. 2026 om 10:00 schreef Burgernet <" + replyTo + ">:\n"
                        + "> Wie zag de inbraak?\n> Kijk goed om u heen.\n",
                "UTF-8");
        long sentAt = System.currentTimeMillis();
        Transport.send(reply);

        JsonObject tip = awaitReply(r -> r.getString("text").contains("achterdeur"));
        System.out.printf(
                "Reply visible to the operator %d ms after it was sent%n", System.currentTimeMillis() - sentAt);
        assertEquals("Ik zag gisteravond om 23:00 een man met een rode jas bij de achterdeur.", tip.getString("text"));
        assertTrue(tip.getString("originalText").contains("> Wie zag de inbraak?"), "the original is kept");
        assertTrue(tip.getBoolean("senderVerified"));
        assertTrue(tip.getInt("distanceMetres") >= 50 && tip.getInt("distanceMetres") <= 150, tip.toString());
        assertFalse(replies(false).contains("replier0@example.nl"), "residents are pseudonymous");

        HttpResponse<String> contact =
                operator.postJson("api/alerts/" + alertId + "/replies/" + tip.getJsonNumber("id") + "/contact", "");
        assertEquals(200, contact.statusCode(), contact.body());
        assertEquals("replier0@example.nl", json(contact.body()).getString("email"));

        assertEquals(
                204,
                operator.postJson("api/alerts/" + alertId + "/replies/" + tip.getJsonNumber("id") + "/useful", "")
                        .statusCode());
        assertTrue(awaitReply(r -> r.getJsonNumber("id").equals(tip.getJsonNumber("id")))
                .getBoolean("useful"));
    }

    @Test
    void theAlertMailCarriesTheHeadersThatMakeRepliesBouncesAndUnsubscribesWork() throws Exception {
        launchAnAlertToTheRepliers();
        MimeMessage m = mails.get("replier0@example.nl").get(0);
        String key = keyOf("replier0@example.nl");
        assertEquals("reply+" + key + "@reply.example.nl", ((InternetAddress) m.getReplyTo()[0]).getAddress());
        assertTrue(m.getMessageID().startsWith("<" + key + "."), m.getMessageID());
        assertEquals("auto-generated", m.getHeader("Auto-Submitted", null));
        assertEquals("List-Unsubscribe=One-Click", m.getHeader("List-Unsubscribe-Post", null));
        String unsubscribe = m.getHeader("List-Unsubscribe", null);
        assertTrue(unsubscribe.contains("<http") && unsubscribe.contains("mailto:unsubscribe+" + key), unsubscribe);
        assertTrue(m.getHeader("Return-Path", null).contains("bounce+" + key + "@"), m.getHeader("Return-Path", null));
        assertTrue(m.isMimeType("multipart/alternative"), m.getContentType());
    }

    @Test
    void aReplyFromAnotherAddressIsKeptButFlaggedAndItsPhotoIsServed() throws Exception {
        launchAnAlertToTheRepliers();
        MimeMessage alertMail = mails.get("replier1@example.nl").get(0);
        String replyTo = ((InternetAddress) alertMail.getReplyTo()[0]).getAddress();
        byte[] png = Base64.getDecoder()
                .decode(
                        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

        MimeMessage reply = new MimeMessage(session());
        reply.setFrom(new InternetAddress("buurman@example.org"));
        reply.setRecipients(Message.RecipientType.TO, replyTo);
        reply.setSubject("Re: " + alertMail.getSubject(), "UTF-8");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Foto van de auto die er stond.", "UTF-8");
        MimeBodyPart photo = new MimeBodyPart();
        photo.setDataHandler(new DataHandler(new ByteArrayDataSource(png, "image/png")));
        photo.setFileName("auto.png");
        reply.setContent(new MimeMultipart(text, photo));
        Transport.send(reply);

        JsonObject tip = awaitReply(r -> r.getString("text").contains("Foto van de auto"));
        assertFalse(tip.getBoolean("senderVerified"), "not the participant's address: flagged, not dropped");
        assertEquals(1, tip.getJsonArray("photos").size());
        HttpResponse<byte[]> photoResponse =
                operator.getBytes("api/alerts/" + alertId + "/replies/" + tip.getJsonNumber("id") + "/photos/0");
        assertEquals(200, photoResponse.statusCode());
        assertEquals(
                "image/png", photoResponse.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(png, photoResponse.body());
    }

    @Test
    void anOutOfOfficeIsRecordedButIsNoTip() throws Exception {
        launchAnAlertToTheRepliers();
        String key = keyOf("replier2@example.nl");
        String ooo = corpus("out-of-office-outlook-nl.eml", key);
        send(ooo, "reply+" + key + "@reply.example.nl");

        assertTrue(Await.until(SOON, () -> replies(true).contains("AUTO_REPLY")), replies(true));
        assertFalse(replies(false).contains("AUTO_REPLY"));
    }

    @Test
    void hardBouncesCountAgainstTheAddressUntilEmailStops() throws Exception {
        launchAnAlertToTheRepliers();
        int before = reachable();
        String key = keyOf("replier3@example.nl");
        String dsn = corpus("dsn-hard-5-1-1-postfix.eml", key);
        for (int i = 0; i < 3; i++) {
            // Three different bounces (a mail server reports each attempt): the same bytes would count once.
            send(dsn.replace("Message-Id: <", "Message-Id: <" + i), "bounce+" + key + "@reply.example.nl");
        }
        assertTrue(
                Await.until(SOON, () -> count(replies(true), "BOUNCE") == 3),
                "three bounces recorded: " + replies(true));
        assertEquals(before - 1, reachable(), "e-mail to the bouncing address stopped");
    }

    @Test
    void aMailToTheUnsubscribeAddressTurnsEmailOff() throws Exception {
        launchAnAlertToTheRepliers();
        int before = reachable();
        MimeMessage alertMail = mails.get("replier2@example.nl").get(0);
        String listUnsubscribe = alertMail.getHeader("List-Unsubscribe", null);
        java.util.regex.Matcher mailto =
                java.util.regex.Pattern.compile("mailto:([^>?]+)").matcher(listUnsubscribe);
        assertTrue(mailto.find(), listUnsubscribe);

        MimeMessage unsubscribe = new MimeMessage(session());
        unsubscribe.setFrom(new InternetAddress("replier2@example.nl"));
        unsubscribe.setRecipients(Message.RecipientType.TO, mailto.group(1));
        unsubscribe.setSubject("unsubscribe");
        unsubscribe.setText("");
        Transport.send(unsubscribe);

        assertTrue(Await.until(SOON, () -> reachable() == before - 1), "e-mail off after the unsubscribe mail");
        assertTrue(replies(true).contains("UNSUBSCRIBE"));
        assertFalse(replies(false).contains("UNSUBSCRIBE"), "not a tip");
    }

    @Test
    void aTipWhoseSubjectSaysNotDeliveredAndWhoseTextHasANumberIsATipNotABounce() throws Exception {
        launchAnAlertToTheRepliers();
        MimeMessage alertMail = mails.get("replier1@example.nl").get(0);
        MimeMessage reply = new MimeMessage(session());
        reply.setFrom(new InternetAddress("replier1@example.nl"));
        reply.setRecipients(
                Message.RecipientType.TO, ((InternetAddress) alertMail.getReplyTo()[0]).getAddress());
        reply.setSubject("Re: Nep-bezorger: pakket niet bezorgd", "UTF-8");
        reply.setText("Man gezien bij Kerkstraat 512 - rode jas", "UTF-8");
        Transport.send(reply);

        JsonObject tip = awaitReply(r -> r.getString("text").contains("Kerkstraat 512"));
        assertEquals("REPLY", tip.getString("kind"));
        long participant = tip.getJsonNumber("participantId").longValue();
        assertEquals(
                0,
                Json.createReader(new StringReader(replies(true))).readArray().stream()
                        .map(JsonValue::asJsonObject)
                        .filter(r -> "BOUNCE".equals(r.getString("kind")))
                        .filter(r -> r.getJsonNumber("participantId").longValue() == participant)
                        .count(),
                "no bounce recorded for the resident, so their bounce score stays as it was");
    }

    @Test
    void anAutomaticAnswerKeepsItsTextAndTheOperatorCanRefileItAsATip() throws Exception {
        launchAnAlertToTheRepliers();
        MimeMessage alertMail = mails.get("replier0@example.nl").get(0);
        MimeMessage auto = new MimeMessage(session());
        auto.setFrom(new InternetAddress("replier0@example.nl"));
        auto.setRecipients(
                Message.RecipientType.TO, ((InternetAddress) alertMail.getReplyTo()[0]).getAddress());
        auto.setSubject("Automatisch antwoord: " + alertMail.getSubject(), "UTF-8");
        auto.setHeader("Auto-Submitted", "auto-replied");
        auto.setText("Ik ben afwezig, maar zag vanochtend een witte bestelbus met draaiende motor.", "UTF-8");
        Transport.send(auto);

        assertTrue(Await.until(SOON, () -> replies(true).contains("witte bestelbus")), replies(true));
        assertFalse(replies(false).contains("witte bestelbus"), "not a tip until the operator says so");
        JsonObject recorded = Json.createReader(new StringReader(replies(true))).readArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(r -> r.getString("text", "").contains("witte bestelbus"))
                .findFirst()
                .orElseThrow();
        assertEquals("AUTO_REPLY", recorded.getString("kind"));

        HttpResponse<String> refiled =
                operator.postJson("api/alerts/" + alertId + "/replies/" + recorded.getJsonNumber("id") + "/tip", "");
        assertEquals(204, refiled.statusCode(), refiled.body());
        JsonObject tip = awaitReply(r -> r.getString("text").contains("witte bestelbus"));
        assertEquals("REPLY", tip.getString("kind"));
        assertTrue(tip.getString("detail").contains("AUTO_REPLY"), tip.toString());
    }

    @Test
    void aReplyWithOneBrokenAttachmentIsATipThatFlagsThePart() throws Exception {
        launchAnAlertToTheRepliers();
        String key = keyOf("replier2@example.nl");
        String raw = "From: replier2@example.nl\r\nTo: reply+" + key + "@reply.example.nl\r\nSubject: Re: Wie zag de"
                + " inbraak?\r\nMessage-ID: <broken-part-1@example.nl>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n\r\nDe scooter stond bij de bakker.\r\n--b\r\n"
                + "Content-Type: image/jpeg; name=\"scooter.jpg\"\r\n"
                + "Content-Disposition: attachment; filename=\"scooter.jpg\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n/9j/4AAQ=!!*garbage\r\n--b--\r\n";
        send(raw, "reply+" + key + "@reply.example.nl");

        JsonObject tip = awaitReply(r -> r.getString("text").contains("bij de bakker"));
        assertEquals(
                List.of("scooter.jpg"),
                tip.getJsonArray("brokenAttachments").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
    }

    @Test
    void aMailOverTheSizeLimitIsRecordedByItsHeadersAndANoteAndBlocksNothing() throws Exception {
        launchAnAlertToTheRepliers();
        String key = keyOf("replier3@example.nl");
        String huge = "From: replier3@example.nl\r\nTo: reply+" + key + "@reply.example.nl\r\nSubject: Re: Wie zag de"
                + " inbraak? (video)\r\nMessage-ID: <huge-1@example.nl>\r\nContent-Type: text/plain\r\n\r\n"
                + ("Videobeelden van de deurbel. " + "x".repeat(70) + "\r\n").repeat(55_000);
        send(huge, "reply+" + key + "@reply.example.nl");
        MimeMessage after = new MimeMessage(session());
        after.setFrom(new InternetAddress("replier3@example.nl"));
        after.setRecipients(Message.RecipientType.TO, "reply+" + key + "@reply.example.nl");
        after.setSubject("Re: Wie zag de inbraak?");
        after.setText("En de man liep daarna naar het station.", "UTF-8");
        Transport.send(after);

        JsonObject note = awaitReply(r -> r.getString("text").contains("groter dan de grens van 4.0 MB"));
        assertTrue(note.getString("text").contains("Oversized"), note.toString());
        awaitReply(r -> r.getString("text").contains("naar het station"));
    }

    @Test
    void readinessDetailsAreForThePlatformAdminOnly() throws Exception {
        launchAnAlertToTheRepliers();
        PortalSession admin =
                PortalSession.login(portalUrl.toURI(), AlertFixture.PLATFORM_ADMIN, AlertFixture.PASSWORD);
        HttpResponse<String> details = admin.get("api/admin/health");
        assertEquals(200, details.statusCode(), details.body());
        assertTrue(details.body().contains("\"mail-server\"") && details.body().contains("imap"), details.body());
        assertTrue(details.body().contains("\"deployment\""), details.body());
        assertEquals(403, operator.get("api/admin/health").statusCode(), "an operator sees no details");
    }

    private int reachable() {
        try {
            return json(operator.postJson(
                                    "api/alerts/preview",
                                    AlertTestSupport.previewJson(
                                            "MISSING_PERSON", AlertFixture.REPLY_POINT, 600, "email"))
                            .body())
                    .getInt("participants");
        } catch (Exception e) {
            return -1;
        }
    }

    @Test
    void aForgedKeyIsRejectedIntoTheQuarantine() throws Exception {
        launchAnAlertToTheRepliers();
        MimeMessage forged = new MimeMessage(session());
        forged.setFrom(new InternetAddress("prankster@example.org"));
        forged.setRecipients(Message.RecipientType.TO, "reply+aaaaaaaaaaaaaaaaaaaaaaaaaa@reply.example.nl");
        forged.setSubject("Re: Wie zag de inbraak?");
        forged.setText("Ik weet er alles van (niet echt).");
        Transport.send(forged);

        PortalSession admin =
                PortalSession.login(portalUrl.toURI(), AlertFixture.PLATFORM_ADMIN, AlertFixture.PASSWORD);
        assertTrue(
                Await.until(SOON, () -> get(admin, "api/admin/quarantine").contains("UNKNOWN_KEY")),
                get(admin, "api/admin/quarantine"));
        assertFalse(replies(true).contains("niet echt"));
    }

    // --- helpers

    private String keyOf(String resident) throws Exception {
        String replyTo = ((InternetAddress) mails.get(resident).get(0).getReplyTo()[0]).getAddress();
        return replyTo.substring("reply+".length(), replyTo.indexOf('@'));
    }

    /** A corpus mail addressed to our key and reply domain instead of the corpus's own. */
    private static String corpus(String file, String key) throws Exception {
        return Files.readString(CORPUS.resolve(file), StandardCharsets.ISO_8859_1)
                .replace("3i2h3diducixf4jszw4oscymxc", key)
                .replace("w3afuqqpofkbs45u4tf3jq653k", key)
                .replace("reply.burgernet.example", "reply.example.nl");
    }

    private static void send(String raw, String to) throws Exception {
        MimeMessage m = new MimeMessage(session(), new ByteArrayInputStream(raw.getBytes(StandardCharsets.ISO_8859_1)));
        Transport.send(m, new InternetAddress[] {new InternetAddress(to)});
    }

    private static Session session() {
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", "127.0.0.1");
        p.setProperty(
                "mail.smtp.port", Integer.getInteger("burgernet.it.smtp.port").toString());
        return Session.getInstance(p);
    }

    private JsonObject awaitReply(java.util.function.Predicate<JsonObject> match) throws Exception {
        JsonObject[] found = {null};
        Await.until(SOON, () -> {
            for (JsonValue v :
                    Json.createReader(new StringReader(replies(false))).readArray()) {
                if (match.test(v.asJsonObject())) {
                    found[0] = v.asJsonObject();
                    return true;
                }
            }
            return false;
        });
        assertNotNull(found[0], "no such reply on the alert: " + replies(true));
        return found[0];
    }

    private String replies(boolean all) {
        return get(operator, "api/alerts/" + alertId + "/replies" + (all ? "?all=true" : ""));
    }

    private static String get(PortalSession session, String path) {
        try {
            return session.get(path).body();
        } catch (Exception e) {
            return "";
        }
    }

    private static int count(String json, String kind) {
        JsonArray all = Json.createReader(new StringReader(json)).readArray();
        return (int) all.stream()
                .filter(v -> kind.equals(v.asJsonObject().getString("kind")))
                .count();
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
