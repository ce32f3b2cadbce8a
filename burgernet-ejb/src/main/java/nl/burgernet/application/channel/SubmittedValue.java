package nl.burgernet.application.channel;

import java.io.Serializable;

/**
 * What the admin sent for one setting.
 *
 * @param value as typed; for a secret, empty means "keep the stored one"
 * @param clear for a secret: remove the stored value (an empty field cannot say that)
 */
public record SubmittedValue(String value, boolean clear) implements Serializable {

    public static SubmittedValue of(String value) {
        return new SubmittedValue(value, false);
    }

    public static SubmittedValue clearSecret() {
        return new SubmittedValue(null, true);
    }
}
