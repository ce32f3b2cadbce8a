package nl.burgernet.channel.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.burgernet.channel.api.ChannelConfiguration;
import nl.burgernet.channel.api.DeliveryBatch;
import nl.burgernet.channel.api.DeliveryChannel;
import nl.burgernet.channel.api.DeliveryResult;
import nl.burgernet.channel.testkit.ChannelConfigurationBuilder;
import nl.burgernet.channel.testkit.DeliveryBatchBuilder;
import nl.burgernet.channel.testkit.DeliveryChannelContractTest;
import nl.burgernet.channel.testkit.OutgoingMessageBuilder;
import nl.burgernet.channel.testkit.RecipientBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The e-mail channel against GreenMail: the SPI contract, and what a resident's mail client receives. */
class EmailChannelTest extends DeliveryChannelContractTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL =
            new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    private final EmailChannel channel = new EmailChannel();

    @AfterEach
    void closeChannel() {
        channel.close();
    }

    @Override
    protected DeliveryChannel channel() {
        return channel;
    }

    @Override
    protected ChannelConfiguration workingConfiguration() {
        return ChannelConfigurationBuilder.aConfiguration()
                .with(EmailSettingsSchema.SMTP_HOST, "127.0.0.1")
                .with(EmailSettingsSchema.SMTP_PORT, GREEN_MAIL.getSmtp().getPort())
                .with(EmailSettingsSchema.SMTP_TLS, "NONE")
                .with(EmailSettingsSchema.SMTP_SESSIONS, 2)
                .build();
    }

    @Override
    protected String deliverableAddress(int n) {
        return "bewoner" + n + "@example.org";
    }

    @Override
    protected String undeliverableAddress() {
        return "geen adres";
    }

    @Test
    void mailIsMultipartAlternativeWithPlainTextFirstAndHtmlInUtf8() throws Exception {
        MimeMessage mail = sendOne(DeliveryBatchBuilder.aBatch().recipients(1));

        MimeMultipart alternative = assertInstanceOf(MimeMultipart.class, mail.getContent());
        assertTrue(mail.getContentType().startsWith("multipart/alternative"), mail.getContentType());
        assertEquals(2, alternative.getCount());
        assertTrue(alternative.getBodyPart(0).isMimeType("text/plain"));
        assertTrue(alternative.getBodyPart(1).isMimeType("text/html"));
        assertTrue(alternative.getBodyPart(0).getContentType().toLowerCase().contains("charset=utf-8"));
        assertTrue(text(mail).contains("Maarssen"), "the message body is in the plain text");
    }

    @Test
    void headersCarryTheReplyKeyOneClickUnsubscribeAndAutoSubmitted() throws Exception {
        RecipientBuilder recipient = RecipientBuilder.aRecipient(42).address("anna@example.org");
        String key = recipient.build().replyKey();

        MimeMessage mail = sendOne(DeliveryBatchBuilder.aBatch().recipient(recipient));

        assertEquals(
                "reply+" + key + "@reply.burgernet.example", ((InternetAddress) mail.getReplyTo()[0]).getAddress());
        assertEquals(
                "<https://burgernet.example/afmelden/" + key + ">, <mailto:unsubscribe+" + key
                        + "@reply.burgernet.example?subject=unsubscribe>",
                mail.getHeader("List-Unsubscribe", null).replaceAll("\\s+", " "));
        assertEquals("List-Unsubscribe=One-Click", mail.getHeader("List-Unsubscribe-Post", null));
        assertEquals("auto-generated", mail.getHeader("Auto-Submitted", null));
        assertEquals("burgernet@stichtsevecht.example", ((InternetAddress) mail.getFrom()[0]).getAddress());
        assertEquals("Burgernet Stichtse Vecht", ((InternetAddress) mail.getFrom()[0]).getPersonal());
    }

    @Test
    void messageIdHoldsTheReplyKeyAndIsTheProviderId() throws Exception {
        RecipientBuilder recipient = RecipientBuilder.aRecipient(43);
        DeliveryBatch batch = DeliveryBatchBuilder.aBatch().recipient(recipient).build();

        DeliveryResult.Sent sent = assertInstanceOf(
                DeliveryResult.Sent.class,
                channel.deliver(batch, workingConfiguration()).getFirst());
        MimeMessage mail = GREEN_MAIL.getReceivedMessages()[0];

        assertEquals(sent.providerId(), mail.getMessageID());
        assertEquals(
                "<" + recipient.build().replyKey() + ".BN-2026-000123.0@stichtsevecht.example>", sent.providerId());
    }

    @Test
    void updateAndOutcomeThreadUnderTheFirstMail() throws Exception {
        DeliveryBatch first = DeliveryBatchBuilder.aBatch()
                .recipient(RecipientBuilder.aRecipient(1))
                .build();
        String firstId = ((DeliveryResult.Sent)
                        channel.deliver(first, workingConfiguration()).getFirst())
                .providerId();
        DeliveryBatch update = DeliveryBatchBuilder.aBatch()
                .message(OutgoingMessageBuilder.anUpdate())
                .recipient(RecipientBuilder.aRecipient(2).threadReference(firstId))
                .build();
        DeliveryBatch outcome = DeliveryBatchBuilder.aBatch()
                .message(OutgoingMessageBuilder.anOutcome())
                .recipient(RecipientBuilder.aRecipient(3).threadReference(firstId))
                .build();

        channel.deliver(update, workingConfiguration());
        channel.deliver(outcome, workingConfiguration());

        MimeMessage[] received = GREEN_MAIL.getReceivedMessages();
        assertNull(received[0].getHeader("In-Reply-To"), "the first mail starts the thread");
        for (MimeMessage followUp : List.of(received[1], received[2])) {
            assertEquals(firstId, followUp.getHeader("In-Reply-To", null));
            assertEquals(firstId, followUp.getHeader("References", null));
            assertFalse(firstId.equals(followUp.getMessageID()));
        }
    }

    @Test
    void everyRecipientGetsTheSameMessageWithTheirOwnGreetingAndLinks() throws Exception {
        DeliveryBatch batch = DeliveryBatchBuilder.aBatch()
                .recipient(RecipientBuilder.aRecipient(1).displayName("Anna de Vries"))
                .recipient(RecipientBuilder.aRecipient(2).displayName(""))
                .build();

        channel.deliver(batch, workingConfiguration());

        Map<String, MimeMessage> byRecipient = Arrays.stream(GREEN_MAIL.getReceivedMessages())
                .collect(Collectors.toMap(EmailChannelTest::recipient, Function.identity()));
        String anna = text(byRecipient.get("deelnemer1@example.org"));
        String anonymous = text(byRecipient.get("deelnemer2@example.org"));
        assertTrue(anna.contains("Beste Anna de Vries,"), anna);
        assertTrue(anonymous.contains("Beste deelnemer,"), anonymous);
        assertTrue(anna.contains("https://burgernet.example/afmelden/" + RecipientBuilder.replyKeyFor(1)));
        assertFalse(anna.contains(RecipientBuilder.replyKeyFor(2)));
        assertEquals(body(anna, "Beste Anna de Vries,"), body(anonymous, "Beste deelnemer,"));
        assertTrue(html(byRecipient.get("deelnemer1@example.org"))
                .contains("href=\"https://burgernet.example/voorkeuren/" + RecipientBuilder.replyKeyFor(1) + "\""));
    }

    @Test
    void aBatchSentOverSeveralConnectionsReachesEveryRecipientOnce() throws Exception {
        DeliveryBatch batch = DeliveryBatchBuilder.aBatch().recipients(60).build();

        List<DeliveryResult> results = channel.deliver(batch, workingConfiguration());

        assertEquals(
                60,
                results.stream().filter(DeliveryResult.Sent.class::isInstance).count());
        assertEquals(
                60,
                Arrays.stream(GREEN_MAIL.getReceivedMessages())
                        .map(EmailChannelTest::recipient)
                        .distinct()
                        .count());
    }

    @Test
    void unusableSettingsGiveEveryRecipientARetryThatSaysWhy() {
        ChannelConfiguration broken = ChannelConfigurationBuilder.from(workingConfiguration())
                .without(EmailSettingsSchema.SMTP_HOST)
                .build();
        DeliveryBatch batch = DeliveryBatchBuilder.aBatch().recipients(3).build();

        List<DeliveryResult> results = channel.deliver(batch, broken);

        assertEquals(3, results.size());
        results.forEach(result -> {
            DeliveryResult.Retry retry = assertInstanceOf(DeliveryResult.Retry.class, result);
            assertTrue(retry.reason().contains("SMTP server"), retry.reason());
        });
    }

    @Test
    void anUnreachableServerGivesRetriesNotAnException() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket =
                new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        ChannelConfiguration unreachable = ChannelConfigurationBuilder.from(workingConfiguration())
                .with(EmailSettingsSchema.SMTP_PORT, closedPort)
                .build();

        List<DeliveryResult> results =
                channel.deliver(DeliveryBatchBuilder.aBatch().recipients(5).build(), unreachable);

        assertEquals(5, results.size());
        results.forEach(result -> assertInstanceOf(DeliveryResult.Retry.class, result));
    }

    private MimeMessage sendOne(DeliveryBatchBuilder batch) {
        List<DeliveryResult> results = channel.deliver(batch.build(), workingConfiguration());
        assertInstanceOf(DeliveryResult.Sent.class, results.getFirst(), results.toString());
        return GREEN_MAIL.getReceivedMessages()[0];
    }

    /** The plain-text part as a mail client shows it, line ends made {@code \n} (they are CRLF on the wire). */
    static String text(MimeMessage mail) throws Exception {
        return ((String) part(mail, "text/plain").getContent()).replace("\r\n", "\n");
    }

    static String html(MimeMessage mail) throws Exception {
        return (String) part(mail, "text/html").getContent();
    }

    private static BodyPart part(MimeMessage mail, String type) throws Exception {
        MimeMultipart alternative = (MimeMultipart) mail.getContent();
        for (int i = 0; i < alternative.getCount(); i++) {
            if (alternative.getBodyPart(i).isMimeType(type)) {
                return alternative.getBodyPart(i);
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    private static String recipient(MimeMessage mail) {
        try {
            return ((InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0]).getAddress();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    /** The text after the greeting: the same for everyone but the links. */
    private static String body(String text, String greeting) {
        String afterGreeting = text.substring(text.indexOf(greeting) + greeting.length());
        return afterGreeting.substring(0, afterGreeting.indexOf("Uw voorkeuren aanpassen"));
    }
}
