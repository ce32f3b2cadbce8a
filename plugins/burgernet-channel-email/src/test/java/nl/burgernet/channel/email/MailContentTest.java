package nl.burgernet.channel.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Properties;
import nl.burgernet.channel.api.DeliveryBatch;
import nl.burgernet.channel.api.Recipient;
import nl.burgernet.channel.email.mime.PreparedBatch;
import nl.burgernet.channel.email.render.MailTemplates;
import nl.burgernet.channel.email.render.Slot;
import nl.burgernet.channel.testkit.ChannelConfigurationBuilder;
import nl.burgernet.channel.testkit.DeliveryBatchBuilder;
import nl.burgernet.channel.testkit.MunicipalityProfileBuilder;
import nl.burgernet.channel.testkit.OutgoingMessageBuilder;
import nl.burgernet.channel.testkit.RecipientBuilder;
import org.junit.jupiter.api.Test;

/** What residents read: both parts complete, in their language, every value escaped, the encoding intact. */
class MailContentTest {

    private static final MailTemplates TEMPLATES = new MailTemplates();
    private static final EmailSettings SETTINGS = EmailSettingsSchema.read(
                    ChannelConfigurationBuilder.aConfiguration()
                            .with(EmailSettingsSchema.SMTP_HOST, "localhost")
                            .build(),
                    Locale.ENGLISH)
            .settings()
            .orElseThrow();

    @Test
    void dutchMailSaysWhatToDoHowToAnswerAndHowToStop() throws Exception {
        String text = EmailChannelTest.text(receive(DeliveryBatchBuilder.aBatch()));

        assertTrue(text.contains("Wat kunt u doen?"));
        assertTrue(text.contains("Let op een grijze scooter"), "the operator's instructions");
        assertTrue(text.contains("Heeft u iets gezien?\nAntwoord dan op deze e-mail."));
        assertTrue(text.contains("Bel 0800-0011 (gratis) of in een noodsituatie 112."));
        assertTrue(text.contains("Uw voorkeuren aanpassen: https://burgernet.example/voorkeuren/"));
        assertTrue(text.contains("Afmelden voor Burgernetmail: https://burgernet.example/afmelden/"));
        assertTrue(text.contains("Kenmerk: BN-2026-000123"));
    }

    @Test
    void englishMailSpeaksEnglish() throws Exception {
        MimeMessage mail = receive(DeliveryBatchBuilder.aBatch()
                .message(OutgoingMessageBuilder.anAlert().language("en").title("Missing: boy (8)")));
        String text = EmailChannelTest.text(mail);

        assertTrue(text.contains("What can you do?"));
        assertTrue(text.contains("Did you see anything?\nThen reply to this e-mail."));
        assertTrue(text.contains("Call 0800-0011 (free of charge) or, in an emergency, 112."));
        assertTrue(text.contains("Unsubscribe from Burgernetmail"));
        assertTrue(text.contains("Dear Deelnemer 1,"));
        assertEquals("en", mail.getHeader("Content-Language", null));
        assertTrue(EmailChannelTest.html(mail).contains("<html lang=\"en\">"));
    }

    @Test
    void aLanguageWeLackFallsBackToEnglish() throws Exception {
        String text = EmailChannelTest.text(receive(DeliveryBatchBuilder.aBatch()
                .message(OutgoingMessageBuilder.anAlert().language("de"))));

        assertTrue(text.contains("What can you do?"), text);
    }

    @Test
    void theOutcomeThanksAndHasNoAdviceBlock() throws Exception {
        String text = EmailChannelTest.text(
                receive(DeliveryBatchBuilder.aBatch().message(OutgoingMessageBuilder.anOutcome())));

        assertTrue(text.startsWith("Afloop - Gemeente Stichtse Vecht"), text);
        assertTrue(text.contains("Hartelijk dank dat u meekijkt in uw buurt."));
        assertFalse(text.contains("Wat kunt u doen?"));
    }

    @Test
    void everyValueInTheHtmlIsEscaped() throws Exception {
        MimeMessage mail = receive(DeliveryBatchBuilder.aBatch()
                .municipality(MunicipalityProfileBuilder.aMunicipality().name("Gemeente <b>Bergen</b> & Co"))
                .message(OutgoingMessageBuilder.anAlert()
                        .title("<script>alert('x')</script>")
                        .body("Auto \"Golf\" & <img src=x onerror=alert(1)>")
                        .instructions("<a href=\"https://evil.example\">klik</a>"))
                .recipient(RecipientBuilder.aRecipient(1).displayName("<i>Anna</i>")));
        String html = EmailChannelTest.html(mail);

        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<img src=x"));
        assertFalse(html.contains("<a href=\"https://evil.example\">"));
        assertFalse(html.contains("<i>Anna</i>"));
        assertFalse(html.contains("<b>Bergen</b>"));
        assertTrue(html.contains("&lt;script&gt;"));
        assertTrue(html.contains("&amp;"));
        assertTrue(EmailChannelTest.text(mail).contains("<script>alert('x')</script>"), "plain text is not escaped");
    }

    @Test
    void slotMarkersTypedByAnOperatorCannotPullInAnotherRecipientsParts() throws Exception {
        String forged = "klik " + Slot.UNSUBSCRIBE_URL.marker();
        MimeMessage mail = receive(DeliveryBatchBuilder.aBatch()
                .message(OutgoingMessageBuilder.anAlert().body(forged)));
        String text = EmailChannelTest.text(mail);

        assertTrue(text.contains("klik UNSUBSCRIBE_URL"), text);
        assertFalse(text.contains(String.valueOf(Slot.OPEN)));
    }

    @Test
    void longLinesAndNonAsciiSurviveTheEncodingExactly() throws Exception {
        String longLine = "Een heel lange regel zonder einde, ".repeat(12) + "één €uro, café, naïef – ‘quote’ ✓.";
        MimeMessage mail = receive(DeliveryBatchBuilder.aBatch()
                .message(OutgoingMessageBuilder.anAlert().body(longLine + "\n\n. een punt aan het begin"))
                .recipient(RecipientBuilder.aRecipient(1)
                        .displayName("Zoë ".repeat(30).strip())));

        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        mail.writeTo(raw);
        assertTrue(raw.toString(java.nio.charset.StandardCharsets.ISO_8859_1)
                .lines()
                .allMatch(l -> l.length() <= 998));
        String bodyOnWire = raw.toString(java.nio.charset.StandardCharsets.ISO_8859_1)
                .substring(raw.toString(java.nio.charset.StandardCharsets.ISO_8859_1)
                        .indexOf("\r\n\r\n"));
        assertTrue(bodyOnWire.lines().allMatch(l -> l.length() <= 76), "quoted-printable lines stay short");
        String text = EmailChannelTest.text(mail);
        assertTrue(text.contains(longLine), text);
        assertTrue(text.contains("\n. een punt aan het begin"));
        assertTrue(text.contains("Beste " + "Zoë ".repeat(30).strip() + ","));
    }

    private static MimeMessage receive(DeliveryBatchBuilder builder) throws Exception {
        DeliveryBatch batch = builder.build();
        if (batch.recipients().isEmpty()) {
            batch = builder.recipient(RecipientBuilder.aRecipient(1)).build();
        }
        PreparedBatch prepared = PreparedBatch.prepare(batch, SETTINGS, TEMPLATES);
        Recipient recipient = batch.recipients().getFirst();
        Session session = Session.getInstance(new Properties());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        prepared.messageFor(recipient, prepared.addressing(recipient), session).writeTo(bytes);
        return new MimeMessage(session, new ByteArrayInputStream(bytes.toByteArray()));
    }
}
