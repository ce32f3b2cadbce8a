package nl.burgernet.infrastructure.mail.reply;

import nl.burgernet.domain.model.reply.UnreadableReason;

/** Raised inside the parser when a mail breaks a rule; the parser turns it into an unreadable result. */
final class UnreadableMailException extends Exception {

    private final UnreadableReason reason;

    UnreadableMailException(UnreadableReason reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    /** A break in the MIME structure, the commonest reason. */
    static UnreadableMailException brokenMime(String detail) {
        return new UnreadableMailException(UnreadableReason.BROKEN_MIME, detail);
    }

    UnreadableReason reason() {
        return reason;
    }
}
