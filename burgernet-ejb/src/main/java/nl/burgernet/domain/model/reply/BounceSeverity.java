package nl.burgernet.domain.model.reply;

import java.util.Locale;

/** How bad a delivery failure is, from the first digit of its status code (RFC 3463). */
public enum BounceSeverity {
    /** 5.x.x: the address does not work (unknown user, domain gone); stop mailing it after the threshold. */
    HARD,
    /** 4.x.x: a passing problem (mailbox full, server busy); counts less. */
    SOFT,
    /** A failure report without a status code the parser could read. */
    UNKNOWN;

    /** The label for people, in English or Dutch. */
    public String label(Locale locale) {
        return Labels.of(this, locale);
    }

    /** The severity of an enhanced status code such as {@code 5.1.1}, or of an SMTP reply code such as 550. */
    public static BounceSeverity ofStatus(String status) {
        if (status == null || status.isBlank()) {
            return UNKNOWN;
        }
        return switch (status.strip().charAt(0)) {
            case '5' -> HARD;
            case '4' -> SOFT;
            default -> UNKNOWN;
        };
    }
}
