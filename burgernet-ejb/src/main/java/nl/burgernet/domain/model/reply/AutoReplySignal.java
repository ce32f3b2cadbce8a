package nl.burgernet.domain.model.reply;

import java.util.Locale;

/** The sign that gave an automatic answer away (RFC 3834 and the habits of mail servers before it). */
public enum AutoReplySignal {
    /** {@code Auto-Submitted} other than {@code no}. */
    AUTO_SUBMITTED,
    /** {@code X-Autoreply}, {@code X-Autorespond} or a similar header of older responders. */
    AUTORESPONDER_HEADER,
    /** {@code Precedence: bulk, junk, list} or {@code auto_reply}. */
    PRECEDENCE,
    /** Sent by mailer-daemon or postmaster, without being a failure report. */
    ROBOT_SENDER,
    /** An out-of-office or vacation subject, in Dutch or English. */
    OUT_OF_OFFICE_SUBJECT,
    /** A read receipt (disposition notification, RFC 8098). */
    READ_RECEIPT,
    /** A delivery report that reports success only. */
    DELIVERY_REPORT_WITHOUT_FAILURE;

    /** The label for people, in English or Dutch. */
    public String label(Locale locale) {
        return Labels.of(this, locale);
    }
}
