package nl.burgernet.domain.model.participant;

import java.util.List;
import java.util.Objects;

/**
 * One problem with one field of a registration, as a message key so it can be shown in the resident's language
 * ({@link ValidationMessages}).
 *
 * @param field the field's path: "email", "contacts.<channel id>", "birthYear", "language", "channels", "quietHours.from",
 *     "quietHours.to", "addresses", or "addresses[i].postcode" / ".houseNumber" / ".suffix" (i from 0)
 * @param messageKey the key in {@code nl/burgernet/participant/messages.properties}
 * @param args the message's arguments ({0}, {1}...)
 */
public record FieldError(String field, String messageKey, List<Object> args) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageKey, "messageKey");
        args = List.copyOf(args);
    }

    public static FieldError of(String field, String messageKey, Object... args) {
        return new FieldError(field, messageKey, List.of(args));
    }
}
