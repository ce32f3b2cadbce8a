package nl.burgernet.channel.email.mime;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import nl.burgernet.channel.email.render.PlainText;

/**
 * Header values that cannot break out of their header. Every text is first made one line (CR, LF and other control
 * characters become spaces, so a title like {@code "x\r\nBcc: y"} stays inside the Subject), then encoded per RFC
 * 2047 when it is not plain ASCII, then folded.
 */
public final class HeaderValues {

    private HeaderValues() {}

    /** An unstructured value such as a Subject. */
    public static String text(String headerName, String value) {
        try {
            String encoded = MimeUtility.encodeText(PlainText.oneLine(value), "UTF-8", null);
            return MimeUtility.fold(headerName.length() + 2, encoded);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }

    /** A mailbox: {@code "Display Name" <address>}, the name quoted or encoded as needed. */
    public static String mailbox(String headerName, InternetAddress address, String displayName) {
        try {
            String name = PlainText.oneLine(displayName);
            InternetAddress mailbox = new InternetAddress(address.getAddress(), name.isEmpty() ? null : name, "UTF-8");
            return MimeUtility.fold(headerName.length() + 2, mailbox.toString());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }
}
