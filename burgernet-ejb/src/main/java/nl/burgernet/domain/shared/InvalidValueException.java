package nl.burgernet.domain.shared;

import java.util.List;

/**
 * Raised by a value type's factory when raw input does not make a valid value. It carries a message key (and its
 * arguments) rather than a finished sentence, so the screen or the CSV import can tell the resident what is wrong in
 * their own language.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final String messageKey;
    private final transient List<Object> args;

    public InvalidValueException(String messageKey, String detail, Object... args) {
        super(messageKey + ": " + detail);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    /** The key in the message bundle, e.g. {@code postcode.invalid}. */
    public String messageKey() {
        return messageKey;
    }

    /** Arguments for the message's placeholders ({0}, {1}...). */
    public List<Object> args() {
        return args;
    }
}
