package nl.burgernet.infrastructure.mail.reply;

import jakarta.activation.DataHandler;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;
import javax.imageio.ImageIO;
import nl.burgernet.domain.model.reply.ReplyKey;

/** Builds replies with Jakarta Mail for tests that need a shape the corpus does not have. */
final class TestMails {

    static final ReplyKey KEY = new ReplyKey("testkeyabcdefghijklmnop234");
    static final String REPLY_TO_US = "Burgernet <reply+" + KEY.value() + "@" + ReplyCorpus.REPLY_DOMAIN + ">";

    /** A real 24x16 JPEG, made here rather than stored as a binary file. */
    static final byte[] JPEG = jpeg();

    private static final Session SESSION = Session.getInstance(new Properties());

    private TestMails() {}

    static MimeMessage reply() throws MessagingException {
        MimeMessage message = new MimeMessage(SESSION);
        message.setFrom(new InternetAddress("jan@example.nl", false));
        message.setRecipients(MimeMessage.RecipientType.TO, REPLY_TO_US);
        message.setSubject("Re: Burgernetactie");
        message.setHeader("Message-ID", "<test-1@example.nl>");
        return message;
    }

    static MimeMessage textReply(String text) throws MessagingException {
        MimeMessage message = reply();
        message.setText(text, "UTF-8");
        return message;
    }

    static MimeBodyPart text(String text) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(text, "UTF-8");
        return part;
    }

    static MimeBodyPart attachment(String fileName, String type, byte[] content) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(content, type)));
        part.setFileName(fileName);
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        part.setHeader("Content-Type", type + "; name=\"" + fileName + "\"");
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    static MimeMessage withParts(BodyPart... parts) throws MessagingException {
        MimeMessage message = reply();
        MimeMultipart multipart = new MimeMultipart("mixed");
        for (BodyPart part : parts) {
            multipart.addBodyPart(part);
        }
        message.setContent(multipart);
        return message;
    }

    private static byte[] jpeg() {
        BufferedImage image = new BufferedImage(24, 16, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0x3366cc);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] bytes(MimeMessage message) {
        try {
            message.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
