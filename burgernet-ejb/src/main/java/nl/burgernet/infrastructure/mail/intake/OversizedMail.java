package nl.burgernet.infrastructure.mail.intake;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;

/**
 * What the intake records of a mail larger than the limit instead of the mail itself: its headers (only they are
 * fetched, so the reply key, sender, subject and automatic-answer headers still count) and a note in place of its
 * body that says where the original is. The same mail always gives the same bytes, so meeting it again after a crash
 * is recognised like any other mail.
 */
final class OversizedMail {

    /** The headers that describe the left-out body; the stand-in has a plain-text body of its own. */
    private static final Set<String> BODY_HEADERS =
            Set.of("content-type", "content-transfer-encoding", "content-disposition", "mime-version");

    private static final int MAX_HEADER_BYTES = 64 * 1024;

    private OversizedMail() {}

    static byte[] standIn(Message message, long maxMailBytes) throws MessagingException {
        StringBuilder mail = new StringBuilder();
        if (message instanceof MimeMessage mime) {
            Enumeration<String> lines = mime.getAllHeaderLines();
            while (lines.hasMoreElements() && mail.length() < MAX_HEADER_BYTES) {
                String line = lines.nextElement();
                int colon = line.indexOf(':');
                String name = colon < 0 ? "" : line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                if (!BODY_HEADERS.contains(name)) {
                    mail.append(line).append("\r\n");
                }
            }
        }
        long size = message.getSize();
        mail.append("X-Burgernet-Oversized: ").append(size).append("\r\n");
        mail.append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n");
        mail.append(note(size, maxMailBytes)).append("\r\n");
        return mail.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Shown to the operator as the mail's text, in both languages: the resident's own words could not be read. */
    static String note(long size, long maxMailBytes) {
        String mb = megabytes(size);
        String limit = megabytes(maxMailBytes);
        return "[Deze mail is " + mb + " MB, groter dan de grens van " + limit + " MB, en is niet gelezen. Het"
                + " origineel staat in de map " + ReplyMailbox.OVERSIZED + " van de antwoordmailbox.]\r\n"
                + "[This mail is " + mb + " MB, larger than the limit of " + limit + " MB, and was not read. The"
                + " original is in the reply mailbox's folder " + ReplyMailbox.OVERSIZED + ".]";
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
