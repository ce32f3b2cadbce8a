package nl.burgernet.domain.model.reply;

import java.util.Locale;

/** What an inbound mail on the reply mailbox turned out to be; decides where it goes next. */
public enum ReplyKind {
    /** A resident's answer: stored against the delivery its key names and shown to the operator. */
    REPLY,
    /** An out-of-office, vacation notice, read receipt or other automatic answer: never shown, never answered. */
    AUTO_REPLY,
    /** A delivery failure report: counts towards the participant's bounce score. */
    BOUNCE,
    /** Broken MIME or no usable reply key: kept in quarantine for a person to look at, never dropped. */
    UNREADABLE;

    /** The label for people, in English or Dutch. */
    public String label(Locale locale) {
        return Labels.of(this, locale);
    }
}
