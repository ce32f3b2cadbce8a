package nl.burgernet.channel.email.mime;

import jakarta.mail.util.StreamProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Quoted-printable encoding of UTF-8 text, through Jakarta Mail's encoder. The encoder's provider is looked up
 * once: {@code MimeUtility.encode} runs a ServiceLoader scan of the class path on every call (Jakarta Mail 2.1),
 * which was measured as most of the cost per recipient. Every piece ends with a line break
 * (a soft one when the text itself does not end with one), so that pieces encoded separately can be joined: each
 * starts at the beginning of a line and no line grows past 76 characters.
 */
final class QuotedPrintable {

    private static final StreamProvider STREAMS = StreamProvider.provider();
    private static final byte[] SOFT_BREAK = "=\r\n".getBytes(StandardCharsets.US_ASCII);

    private QuotedPrintable() {}

    static byte[] encodePiece(String text) {
        if (text.isEmpty()) {
            return new byte[0];
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() + text.length() / 8 + 8);
        try (OutputStream qp = STREAMS.outputQP(bytes)) {
            qp.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!text.endsWith("\n")) {
            bytes.writeBytes(SOFT_BREAK);
        }
        return bytes.toByteArray();
    }
}
