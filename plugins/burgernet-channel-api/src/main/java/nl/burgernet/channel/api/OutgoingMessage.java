package nl.burgernet.channel.api;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The content of one message about an alert, in one language, as a channel receives it. The core makes one batch
 * per language, so every recipient of a batch reads the same language.
 *
 * @param alertReference the alert's public reference, e.g. {@code BN-2026-000123}; the same for the first message,
 *     its updates and the outcome
 * @param sequence 0 for the first message of the alert, counting up with each update and the outcome; with the
 *     alert reference it names this message
 * @param kind first message, update or outcome ("afloop")
 * @param language ISO 639-1 code, e.g. {@code nl}; channels fall back to English for languages they lack
 * @param title headline, one line
 * @param body the message itself; paragraphs separated by blank lines
 * @param instructions what residents can do (tips, what to look out for); empty when there is nothing to add
 * @param alertPage the alert's public page, a short link anyone may open (all messages of the alert, whether it is
 *     still open); null when the alert has none. Channels with little room (SMS) link to it instead of the whole text.
 */
public record OutgoingMessage(
        String alertReference,
        int sequence,
        Kind kind,
        String language,
        String title,
        String body,
        String instructions,
        URI alertPage) {

    /** Where a message stands in the life of an alert. */
    public enum Kind {
        /** The first message: what happened and what to look out for. */
        ALERT,
        /** New information while the alert is open. */
        UPDATE,
        /** The outcome ("afloop"): how it ended, and thanks. */
        OUTCOME
    }

    public OutgoingMessage {
        if (alertReference == null || alertReference.isBlank()) {
            throw new IllegalArgumentException("A message needs its alert's reference");
        }
        if (sequence < 0) {
            throw new IllegalArgumentException("A message's sequence number is 0 or more: " + sequence);
        }
        Objects.requireNonNull(kind, "kind");
        language = language == null || language.isBlank() ? "nl" : language.strip();
        title = Objects.requireNonNullElse(title, "");
        body = Objects.requireNonNullElse(body, "");
        instructions = Objects.requireNonNullElse(instructions, "");
        if (alertPage != null) {
            Links.requireWebAddress(alertPage, "The alert page link");
        }
    }

    /** A message without a public page. */
    public OutgoingMessage(
            String alertReference,
            int sequence,
            Kind kind,
            String language,
            String title,
            String body,
            String instructions) {
        this(alertReference, sequence, kind, language, title, body, instructions, null);
    }

    /** The alert's public page, when it has one. */
    public Optional<URI> alertPageLink() {
        return Optional.ofNullable(alertPage);
    }
}
