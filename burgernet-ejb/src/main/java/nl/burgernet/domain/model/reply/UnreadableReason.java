package nl.burgernet.domain.model.reply;

import java.util.Locale;

/** Why a mail went to quarantine; the detail that comes with it is technical and in English. */
public enum UnreadableReason {
    /** The bytes are not an RFC 5322 message at all. */
    NOT_A_MESSAGE,
    /** A mail without our reply key in any address or threading header. */
    NO_REPLY_KEY,
    /** The MIME structure is broken: missing boundaries, bad encoding, an unreadable Content-Type, too deep. */
    BROKEN_MIME,
    /** A delivery failure report that does not say which of our mails failed. */
    FAILURE_REPORT_WITHOUT_KEY,
    /** A mail to a bounce address that is neither a failure report nor an automatic answer. */
    MAIL_TO_BOUNCE_ADDRESS;

    /** The label for people, in English or Dutch. */
    public String label(Locale locale) {
        return Labels.of(this, locale);
    }
}
