package nl.burgernet.domain.model.participant;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.burgernet.domain.shared.InvalidValueException;

/**
 * A participant's e-mail address, checked sanely rather than to the letter of RFC 5322: one '@', a local part of
 * ordinary characters (no quoted strings, no spaces, no control characters, so no header injection), and a domain
 * with a dot whose labels a mail server can resolve (internationalised domains are accepted). The domain is stored
 * in lower case because it is case-insensitive; the local part is kept as typed because, strictly, it is not.
 *
 * <p>{@link #parse} takes new input and accepts only what the e-mail channel can deliver: Jakarta Mail's strict
 * {@code InternetAddress} parsing of the address with its domain in ASCII (IDNA), and a local part in ASCII. A local
 * part such as "café" needs SMTPUTF8 (RFC 6531) from every server on the way; the e-mail channel does not send with
 * it, and a municipality's relay or a resident's provider may not offer it, so such an address would only fail at
 * delivery. Addresses stored before this rule still load.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;
    public static final String REQUIRED = "email.required";
    public static final String INVALID = "email.invalid";
    public static final String TOO_LONG = "email.tooLong";
    public static final String NOT_DELIVERABLE = "email.notDeliverable";

    private static final int MAX_LOCAL_LENGTH = 64;
    /** RFC 5322 atext, plus non-ASCII letters (RFC 6531), dots in between. */
    private static final Pattern LOCAL =
            Pattern.compile("[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+(\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*");

    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern TOP_LEVEL = Pattern.compile("[a-z]{2,63}|xn--[a-z0-9-]{1,59}");

    public EmailAddress {
        value = check(value);
    }

    public static EmailAddress parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException(REQUIRED, "no e-mail address");
        }
        EmailAddress address = new EmailAddress(raw.strip());
        address.requireDeliverable();
        return address;
    }

    /** What the e-mail channel checks before it sends (see the class comment). */
    private void requireDeliverable() {
        int at = value.lastIndexOf('@');
        if (!isAscii(value.substring(0, at))) {
            throw new InvalidValueException(NOT_DELIVERABLE, "local part not in ASCII: " + value);
        }
        try {
            String domain = isAscii(domain()) ? domain() : IDN.toASCII(domain(), IDN.USE_STD3_ASCII_RULES);
            new InternetAddress(value.substring(0, at) + "@" + domain, true).validate();
        } catch (AddressException | IllegalArgumentException e) {
            throw new InvalidValueException(INVALID, "refused by strict parsing: " + value);
        }
    }

    private static String check(String address) {
        if (address == null || address.isEmpty()) {
            throw new InvalidValueException(REQUIRED, "no e-mail address");
        }
        if (address.length() > MAX_LENGTH) {
            throw new InvalidValueException(TOO_LONG, "longer than 254 characters", MAX_LENGTH);
        }
        int at = address.lastIndexOf('@');
        if (at <= 0 || at == address.length() - 1) {
            throw new InvalidValueException(INVALID, "no local part or domain: " + address);
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1).toLowerCase(Locale.ROOT);
        if (local.length() > MAX_LOCAL_LENGTH || !LOCAL.matcher(local).matches() || !isResolvable(domain)) {
            throw new InvalidValueException(INVALID, "not an e-mail address: " + address);
        }
        return local + "@" + domain;
    }

    private static boolean isResolvable(String domain) {
        String ascii = domain;
        if (!isAscii(domain)) {
            try {
                ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES);
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2 || ascii.length() > 253) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return TOP_LEVEL.matcher(labels[labels.length - 1]).matches();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** The domain part, lower-cased: "stichtsevecht.nl". */
    public String domain() {
        return value.substring(value.lastIndexOf('@') + 1);
    }

    /**
     * The form used to find duplicates: the whole address lower-cased. Mail providers treat local parts
     * case-insensitively in practice, so "Jan@x.nl" and "jan@x.nl" are one resident.
     */
    public String comparisonKey() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
