package nl.burgernet.channel.api;

/**
 * The content of an alert as a channel receives it.
 *
 * @param alertReference the alert's public reference, for threading updates under the first message
 * @param kind first message, update or outcome ("afloop")
 * @param language ISO 639-1 code, e.g. {@code nl}
 * @param title headline
 * @param body the message itself
 * @param instructions what residents can do; may be empty
 */
public record OutgoingMessage(
        String alertReference, Kind kind, String language, String title, String body, String instructions) {

    public enum Kind {
        ALERT,
        UPDATE,
        OUTCOME
    }
}
