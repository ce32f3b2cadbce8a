package nl.burgernet.infrastructure.mail.intake;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a mail to {@code unsubscribe+KEY@<reply domain>}, the mailto of our List-Unsubscribe header, by the
 * addresses it was delivered to (Delivered-To, X-Original-To, To).
 */
final class UnsubscribeAddress {

    private static final Pattern ADDRESS = Pattern.compile("unsubscribe\\+([A-Za-z0-9_-]{16,32})@");
    private static final String[] HEADERS = {"Delivered-To", "X-Original-To", "To"};

    private UnsubscribeAddress() {}

    static Optional<String> keyIn(Message message) throws MessagingException {
        for (String header : HEADERS) {
            String[] values = message.getHeader(header);
            if (values == null) {
                continue;
            }
            for (String value : values) {
                Optional<String> key = keyIn(value);
                if (key.isPresent()) {
                    return key;
                }
            }
        }
        return Optional.empty();
    }

    static Optional<String> keyIn(String headerValue) {
        Matcher m = ADDRESS.matcher(headerValue.toLowerCase(Locale.ROOT));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
