package nl.burgernet.infrastructure.mail.reply;

/** Raised inside the parser when a mail breaks a rule; the parser turns it into an unreadable result. */
final class UnreadableMailException extends Exception {

    UnreadableMailException(String reason) {
        super(reason, null, false, false);
    }
}
