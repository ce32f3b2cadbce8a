package nl.burgernet.application.resident;

/**
 * What a personal link may do. The purpose is part of the signed data, so an unsubscribe link cannot be turned into
 * a manage link by editing the URL.
 */
public enum LinkPurpose {
    /** Confirms a sign-up or a new e-mail address; expires, and names the address it confirms. */
    CONFIRM,
    /** Opens the resident's settings; long-lived, dies when the resident's link key is renewed. */
    MANAGE,
    /** Turns e-mail off (RFC 8058 one-click); permanent, so the link in every alert mail ever sent keeps working. */
    UNSUBSCRIBE
}
