package nl.burgernet.channel.email.mime;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Quoted-printable encoding of UTF-8 text, through Jakarta Mail's encoder. Every piece ends with a line break
 * (a soft one when the text itself does not end with one), so that pieces encoded separately can be joined: each
 * starts at the beginning of a line and no line grows past 76 characters.
 */
final class QuotedPrintable {

    private static final byte[] SOFT_BREAK = "=\r\n".getBytes(StandardCharsets.US_ASCII);

    private QuotedPrintable() {}

    static byte[] encodePiece(String text) {
        if (text.isEmpty()) {
            return new byte[0];
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() + text.length() / 8 + 8);
        try (OutputStream qp = MimeUtility.encode(bytes, "quoted-printable")) {
            qp.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (MessagingException e) {
            throw new IllegalStateException("Jakarta Mail has no quoted-printable encoder", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!text.endsWith("\n")) {
            bytes.writeBytes(SOFT_BREAK);
        }
        return bytes.toByteArray();
    }
}
