package nl.burgernet.channel.email.mime;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.IDN;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reading a stored e-mail address into one SMTP can use. Refuses anything that is not a single plain address: no
 * display names, groups, comments, white space or control characters, so nothing but the address reaches {@code
 * RCPT TO} or a header. A domain in Unicode is converted to its ASCII (IDNA) form.
 */
public final class Addresses {

    private static final Pattern LOCAL_PART = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}");

    private Addresses() {}

    /** The address, or empty when it cannot be mailed. */
    public static Optional<InternetAddress> parse(String address) {
        String candidate = address.strip();
        int at = candidate.lastIndexOf('@');
        if (at <= 0 || at == candidate.length() - 1 || candidate.indexOf('@') != at) {
            return Optional.empty();
        }
        String local = candidate.substring(0, at);
        if (!LOCAL_PART.matcher(local).matches()
                || local.startsWith(".")
                || local.endsWith(".")
                || local.contains("..")) {
            return Optional.empty();
        }
        try {
            String domain = IDN.toASCII(candidate.substring(at + 1), IDN.USE_STD3_ASCII_RULES);
            if (!domain.contains(".")) {
                return Optional.empty();
            }
            InternetAddress parsed = new InternetAddress(local + "@" + domain, true);
            parsed.validate();
            return Optional.of(parsed);
        } catch (AddressException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
