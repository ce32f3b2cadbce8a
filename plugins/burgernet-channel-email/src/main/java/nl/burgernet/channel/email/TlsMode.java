package nl.burgernet.channel.email;

/** How the connection to the SMTP server is encrypted. */
public enum TlsMode {
    /** Plain connection upgraded to TLS with STARTTLS before anything else is said; refused if the server can't. */
    STARTTLS,
    /** TLS from the first byte (SMTPS, usually port 465). */
    TLS,
    /** No encryption: only for a relay on the same machine or a test server. */
    NONE
}
