package nl.burgernet.channel.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import nl.burgernet.channel.api.ChannelConfiguration;
import nl.burgernet.channel.api.DeliveryBatch;
import nl.burgernet.channel.api.DeliveryResult;
import nl.burgernet.channel.testkit.ChannelConfigurationBuilder;
import nl.burgernet.channel.testkit.DeliveryBatchBuilder;
import nl.burgernet.channel.testkit.OutgoingMessageBuilder;
import nl.burgernet.channel.testkit.RecipientBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the channel says to an SMTP server and how it reads the answers: the envelope, refusals and deferrals per
 * recipient, a refused sender, a dropped connection, logins and header injection attempts, seen on the wire.
 */
class SmtpConversationTest {

    private ScriptedSmtpServer server;
    private final EmailChannel channel = new EmailChannel();

    @BeforeEach
    void startServer() throws Exception {
        server = ScriptedSmtpServer.plain();
    }

    @AfterEach
    void stop() throws Exception {
        channel.close();
        server.close();
    }

    private ChannelConfigurationBuilder configuration() {
        return ChannelConfigurationBuilder.aConfiguration()
                .with(EmailSettingsSchema.SMTP_HOST, "127.0.0.1")
                .with(EmailSettingsSchema.SMTP_PORT, server.port())
                .with(EmailSettingsSchema.SMTP_TLS, "NONE")
                .with(EmailSettingsSchema.SMTP_SESSIONS, 1);
    }

    @Test
    void envelopeSenderIsTheRecipientsVerpBounceAddress() {
        RecipientBuilder recipient = RecipientBuilder.aRecipient(5).address("anna@example.org");

        deliver(
                DeliveryBatchBuilder.aBatch().recipient(recipient),
                configuration().build());

        ScriptedSmtpServer.Received received = server.received().getFirst();
        assertEquals("bounce+" + recipient.build().replyKey() + "@reply.burgernet.example", received.mailFrom());
        assertEquals(List.of("anna@example.org"), received.rcptTo());
    }

    @Test
    void aRefusedRecipientFailsForGoodAndTheNextOnesAreStillSent() {
        server.replyToRecipient("gone@example.org", "550 5.1.1 <gone@example.org>: no such user");
        DeliveryBatch batch = DeliveryBatchBuilder.aBatch()
                .recipient(RecipientBuilder.aRecipient(1))
                .recipient(RecipientBuilder.aRecipient(2).address("gone@example.org"))
                .recipient(RecipientBuilder.aRecipient(3))
                .build();

        List<DeliveryResult> results = deliver(batch, configuration().build());

        assertInstanceOf(DeliveryResult.Sent.class, results.get(0));
        DeliveryResult.Failed failed = assertInstanceOf(DeliveryResult.Failed.class, results.get(1));
        assertTrue(failed.reason().contains("no such user"), failed.reason());
        assertInstanceOf(DeliveryResult.Sent.class, results.get(2));
        assertEquals(2, server.received().size());
        assertEquals(1, server.connections(), "a refused recipient does not cost the connection");
    }

    @Test
    void aDeferredRecipientIsRetriedLater() {
        server.replyToRecipient("full@example.org", "452 4.2.2 Mailbox full, try again later");
        DeliveryBatch batch = DeliveryBatchBuilder.aBatch()
                .recipient(RecipientBuilder.aRecipient(1).address("full@example.org"))
                .recipient(RecipientBuilder.aRecipient(2))
                .build();

        List<DeliveryResult> results = deliver(batch, configuration().build());

        DeliveryResult.Retry retry = assertInstanceOf(DeliveryResult.Retry.class, results.get(0));
        assertTrue(retry.after().compareTo(Duration.ofMinutes(1)) >= 0, "a deferral waits: " + retry.after());
        assertInstanceOf(DeliveryResult.Sent.class, results.get(1));
    }

    @Test
    void aRefusedSenderIsASettingsProblemSoEveryoneIsRetriedNotFailed() {
        server.replyToMailFrom("553 5.7.1 Sender address rejected: not owned by user");

        List<DeliveryResult> results = deliver(
                DeliveryBatchBuilder.aBatch().recipients(4), configuration().build());

        assertEquals(4, results.size());
        results.forEach(result -> {
            DeliveryResult.Retry retry = assertInstanceOf(DeliveryResult.Retry.class, result);
            assertTrue(retry.reason().contains("sender"), retry.reason());
        });
        assertEquals(0, server.received().size());
    }

    @Test
    void aConnectionDroppedByTheServerIsReopenedAndNobodyIsMissed() {
        server.dropConnectionAfter(3);

        List<DeliveryResult> results = deliver(
                DeliveryBatchBuilder.aBatch().recipients(10), configuration().build());

        assertEquals(
                10,
                results.stream().filter(DeliveryResult.Sent.class::isInstance).count(),
                results.toString());
        assertEquals(10, server.received().size());
        assertTrue(server.connections() >= 4, "reconnected after every drop: " + server.connections());
    }

    @Test
    void connectionsAreReusedAcrossBatches() {
        deliver(DeliveryBatchBuilder.aBatch().recipients(3), configuration().build());
        deliver(DeliveryBatchBuilder.aBatch().recipients(3), configuration().build());

        assertEquals(6, server.received().size());
        assertEquals(1, server.connections());
    }

    @Test
    void logsInWhenAUserIsConfigured() {
        server.requireLogin("burgernet", "s3cret");
        ChannelConfiguration withLogin = configuration()
                .with(EmailSettingsSchema.SMTP_USER, "burgernet")
                .with(EmailSettingsSchema.SMTP_PASSWORD, "s3cret")
                .build();

        List<DeliveryResult> results = deliver(DeliveryBatchBuilder.aBatch().recipients(2), withLogin);

        results.forEach(result -> assertInstanceOf(DeliveryResult.Sent.class, result));
    }

    @Test
    void aRefusedLoginIsRetriedWithAReasonAndNoPassword() {
        server.requireLogin("burgernet", "s3cret");
        ChannelConfiguration wrongPassword = configuration()
                .with(EmailSettingsSchema.SMTP_USER, "burgernet")
                .with(EmailSettingsSchema.SMTP_PASSWORD, "wrong-password")
                .build();

        List<DeliveryResult> results = deliver(DeliveryBatchBuilder.aBatch().recipients(3), wrongPassword);

        assertEquals(3, results.size());
        results.forEach(result -> {
            DeliveryResult.Retry retry = assertInstanceOf(DeliveryResult.Retry.class, result);
            assertTrue(retry.reason().contains("login"), retry.reason());
            assertFalse(retry.reason().contains("wrong-password"));
        });
    }

    @Test
    void lineBreaksInTitleAndNameCannotAddHeaders() throws Exception {
        DeliveryBatch batch = DeliveryBatchBuilder.aBatch()
                .message(OutgoingMessageBuilder.anAlert().title("Gezocht\r\nBcc: victim@example.org\r\n\r\nspam"))
                .recipient(RecipientBuilder.aRecipient(1).displayName("Anna\r\nBcc: other@example.org"))
                .build();

        deliver(batch, configuration().build());

        ScriptedSmtpServer.Received received = server.received().getFirst();
        String headers = received.content().substring(0, received.content().indexOf("\r\n\r\n"));
        assertFalse(headers.lines().anyMatch(line -> line.regionMatches(true, 0, "Bcc:", 0, 4)), headers);
        assertEquals(List.of("deelnemer1@example.org"), received.rcptTo());
        MimeMessage mail = parse(received);
        assertEquals("Burgernet: Gezocht Bcc: victim@example.org spam", mail.getSubject());
    }

    @Test
    void anAddressWithALineBreakIsRefusedAndNeverReachesTheServer() {
        DeliveryBatch batch = DeliveryBatchBuilder.aBatch()
                .recipient(RecipientBuilder.aRecipient(1).address("anna@example.org\r\nRCPT TO:<x@example.org>"))
                .recipient(RecipientBuilder.aRecipient(2))
                .build();

        List<DeliveryResult> results = deliver(batch, configuration().build());

        assertInstanceOf(DeliveryResult.Failed.class, results.get(0));
        assertInstanceOf(DeliveryResult.Sent.class, results.get(1));
        assertEquals(
                List.of("deelnemer2@example.org"), server.received().getFirst().rcptTo());
    }

    @Test
    void nonAsciiSubjectAndNamesAreEncodedAndReadBackIntact() throws Exception {
        DeliveryBatch batch = DeliveryBatchBuilder.aBatch()
                .municipality(nl.burgernet.channel.testkit.MunicipalityProfileBuilder.aMunicipality()
                        .senderName("Burgernet Súdwest-Fryslân"))
                .message(OutgoingMessageBuilder.anAlert().title("Vermist: jongen (8) bij café ’t Hoekje — € 5"))
                .recipient(RecipientBuilder.aRecipient(1).displayName("Zoë Çelik"))
                .build();

        deliver(batch, configuration().build());

        ScriptedSmtpServer.Received received = server.received().getFirst();
        String headers = received.content().substring(0, received.content().indexOf("\r\n\r\n"));
        assertTrue(headers.chars().allMatch(c -> c < 128), "headers are ASCII on the wire: " + headers);
        assertTrue(headers.contains("=?UTF-8?"), headers);
        MimeMessage mail = parse(received);
        assertEquals("Burgernet: Vermist: jongen (8) bij café ’t Hoekje — € 5", mail.getSubject());
        assertEquals("Zoë Çelik", ((jakarta.mail.internet.InternetAddress) mail.getAllRecipients()[0]).getPersonal());
        assertEquals(
                "Burgernet Súdwest-Fryslân", ((jakarta.mail.internet.InternetAddress) mail.getFrom()[0]).getPersonal());
    }

    private List<DeliveryResult> deliver(DeliveryBatchBuilder batch, ChannelConfiguration configuration) {
        return deliver(batch.build(), configuration);
    }

    private List<DeliveryResult> deliver(DeliveryBatch batch, ChannelConfiguration configuration) {
        List<DeliveryResult> results = channel.deliver(batch, configuration);
        assertEquals(batch.recipients().size(), results.size());
        return results;
    }

    static MimeMessage parse(ScriptedSmtpServer.Received received) throws Exception {
        return new MimeMessage(
                Session.getInstance(new Properties()),
                new ByteArrayInputStream(received.content().getBytes(StandardCharsets.ISO_8859_1)));
    }
}
