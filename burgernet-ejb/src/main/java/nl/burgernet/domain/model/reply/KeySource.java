package nl.burgernet.domain.model.reply;

/**
 * Where in an inbound mail the reply key was found. Mail servers that drop the {@code +KEY} part of the
 * address leave the key only in the threading headers, so the lead can tell how reliable the match is.
 */
public enum KeySource {
    TO,
    CC,
    DELIVERED_TO,
    X_ORIGINAL_TO,
    IN_REPLY_TO,
    REFERENCES,
    /** The headers of our own message, returned inside a bounce. */
    RETURNED_MESSAGE,
    /** The human-readable text of a bounce that does not follow RFC 3464. */
    BOUNCE_TEXT
}
