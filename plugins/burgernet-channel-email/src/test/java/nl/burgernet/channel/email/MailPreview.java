package nl.burgernet.channel.email;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import nl.burgernet.channel.api.DeliveryBatch;
import nl.burgernet.channel.api.Recipient;
import nl.burgernet.channel.email.mime.PreparedBatch;
import nl.burgernet.channel.email.render.MailTemplates;
import nl.burgernet.channel.testkit.ChannelConfigurationBuilder;
import nl.burgernet.channel.testkit.DeliveryBatchBuilder;
import nl.burgernet.channel.testkit.OutgoingMessageBuilder;
import nl.burgernet.channel.testkit.RecipientBuilder;

/**
 * Writes example mails (the alert in Dutch and English, an update and the outcome) to a folder, as {@code .eml} for
 * a mail client and as {@code .html}/{@code .txt} for a browser or an editor. For looking at the templates, not a
 * test. Run: {@code java -cp <test class path> nl.burgernet.channel.email.MailPreview target/mail-preview}
 */
public final class MailPreview {

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/mail-preview");
        Files.createDirectories(folder);
        EmailSettings settings = EmailSettingsSchema.read(
                        ChannelConfigurationBuilder.aConfiguration()
                                .with(EmailSettingsSchema.SMTP_HOST, "localhost")
                                .build(),
                        java.util.Locale.ENGLISH)
                .settings()
                .orElseThrow();
        MailTemplates templates = new MailTemplates();
        Recipient recipient =
                RecipientBuilder.aRecipient(1).displayName("Anna de Vries").build();
        write(
                folder,
                "alert-nl",
                DeliveryBatchBuilder.aBatch().recipient(recipient).build(),
                settings,
                templates);
        write(
                folder,
                "alert-en",
                DeliveryBatchBuilder.aBatch()
                        .message(OutgoingMessageBuilder.anAlert()
                                .language("en")
                                .title("Wanted: man on a grey scooter after a robbery in Maarssen")
                                .body("This afternoon at 14:10 the supermarket on Bisonspoor in Maarssen was robbed.\n"
                                        + "The robber fled on a grey scooter towards the A2.\n\n"
                                        + "Description: man, about 25, slim, dark hooded jacket, black backpack.")
                                .instructions("Look out for a grey scooter ridden by a man in a dark jacket."))
                        .recipient(recipient)
                        .build(),
                settings,
                templates);
        write(
                folder,
                "update-nl",
                DeliveryBatchBuilder.aBatch()
                        .message(OutgoingMessageBuilder.anUpdate())
                        .recipient(recipient)
                        .build(),
                settings,
                templates);
        write(
                folder,
                "outcome-nl",
                DeliveryBatchBuilder.aBatch()
                        .message(OutgoingMessageBuilder.anOutcome())
                        .recipient(recipient)
                        .build(),
                settings,
                templates);
        System.out.println("Example mails written to " + folder.toAbsolutePath());
    }

    private static void write(
            Path folder, String name, DeliveryBatch batch, EmailSettings settings, MailTemplates templates)
            throws Exception {
        PreparedBatch prepared = PreparedBatch.prepare(batch, settings, templates);
        Recipient recipient = batch.recipients().getFirst();
        Session session = Session.getInstance(new Properties());
        MimeMessage message = prepared.messageFor(recipient, prepared.addressing(recipient), session);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        message.writeTo(bytes);
        Files.write(folder.resolve(name + ".eml"), bytes.toByteArray());
        // Read back as a mail client would, so the files show what residents see, links and greeting filled in.
        MimeMessage received = new MimeMessage(session, new ByteArrayInputStream(bytes.toByteArray()));
        Files.writeString(folder.resolve(name + ".txt"), EmailChannelTest.text(received));
        Files.writeString(folder.resolve(name + ".html"), EmailChannelTest.html(received));
    }
}
