package nl.burgernet.application.resident;

/**
 * What a personal link may do. The purpose is part of the signed data, so an unsubscribe link cannot be turned into
 * a manage link, nor a preferences link into a manage link, by editing the URL.
 */
public enum LinkPurpose {
    /** Confirms a sign-up or a new e-mail address; expires, and names the address it confirms. */
    CONFIRM,
    /**
     * Opens everything: the resident's data, its download and erasure, a new address. Only ever mailed to the
     * resident's address on their own request (or right after a confirmation), and short-lived.
     */
    MANAGE,
    /**
     * The "preferences" link in every alert message: channels on or off, and a fresh manage link to the address on
     * record. A forwarded alert mail hands it to others, so it shows no personal data and expires after some days.
     */
    PREFERENCES,
    /** Turns e-mail off (RFC 8058 one-click); permanent, so the link in every alert mail ever sent keeps working. */
    UNSUBSCRIBE
}
