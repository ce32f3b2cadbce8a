package nl.burgernet.channel.email.mime;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.burgernet.channel.email.render.PlainText;

/**
 * Header values that cannot break out of their header. Every text is first made one line (CR, LF and other control
 * characters become spaces, so a title like {@code "x\r\nBcc: y"} stays inside the Subject), then encoded per RFC
 * 2047 when it is not plain ASCII, then folded.
 */
public final class HeaderValues {

    /** 45 bytes make 60 Base64 characters; with {@code =?UTF-8?B?} and {@code ?=} a word stays within 75. */
    private static final int MAX_BYTES_PER_WORD = 45;

    private HeaderValues() {}

    /** An unstructured value such as a Subject; once per batch, so Jakarta Mail's encoder is fine here. */
    public static String text(String headerName, String value) {
        try {
            String encoded = MimeUtility.encodeText(PlainText.oneLine(value), "UTF-8", null);
            return MimeUtility.fold(headerName.length() + 2, encoded);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }

    /**
     * A mailbox: {@code "Display Name" <address>}, the name quoted when it is ASCII and encoded when not. This runs
     * per recipient, so a non-ASCII name is encoded here rather than by {@code MimeUtility}, which looks up its
     * encoder with a ServiceLoader scan on every call.
     */
    public static String mailbox(String headerName, InternetAddress address, String displayName) {
        String name = PlainText.oneLine(displayName);
        if (name.isEmpty()) {
            return address.getAddress();
        }
        if (name.chars().anyMatch(c -> c >= 128)) {
            // Already folded between the words; each word fits on a line of its own.
            return encodedWords(name) + "\r\n <" + address.getAddress() + ">";
        }
        try {
            String quoted = new InternetAddress(address.getAddress(), name, "US-ASCII").toString();
            return MimeUtility.fold(headerName.length() + 2, quoted);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("US-ASCII is always supported", e);
        }
    }

    /**
     * RFC 2047 "B" encoded words for UTF-8 text, each at most 75 characters and never splitting a character, joined
     * by folding white space.
     */
    static String encodedWords(String text) {
        StringBuilder words = new StringBuilder();
        int from = 0;
        while (from < text.length()) {
            int to = from;
            int bytes = 0;
            while (to < text.length()) {
                int codePoint = text.codePointAt(to);
                int size = utf8Length(codePoint);
                if (bytes + size > MAX_BYTES_PER_WORD) {
                    break;
                }
                bytes += size;
                to += Character.charCount(codePoint);
            }
            if (!words.isEmpty()) {
                words.append("\r\n ");
            }
            words.append("=?UTF-8?B?")
                    .append(Base64.getEncoder()
                            .encodeToString(text.substring(from, to).getBytes(StandardCharsets.UTF_8)))
                    .append("?=");
            from = to;
        }
        return words.toString();
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
