package nl.burgernet.channel.email;

import java.security.interfaces.RSAPrivateKey;
import java.util.Optional;

/**
 * A municipality's e-mail settings, read and checked, with the defaults applied. Two equal settings reach the same
 * server the same way, which is what the connection pools are keyed on.
 *
 * @param host the SMTP server
 * @param port its port
 * @param tls how the connection is encrypted
 * @param user the login name; empty for no login
 * @param password the login password; empty for no login; never logged
 * @param sessions how many connections send in parallel
 * @param fromName replaces the municipality's sender name; empty to keep it
 * @param fromAddress replaces the municipality's sender address; empty to keep it
 * @param dkim the signing key, when mails are to be signed
 */
public record EmailSettings(
        String host,
        int port,
        TlsMode tls,
        String user,
        String password,
        int sessions,
        String fromName,
        String fromAddress,
        Optional<Dkim> dkim) {

    /** Most providers allow a handful of connections per client; more than this only gets us throttled. */
    public static final int MAX_SESSIONS = 16;

    /**
     * What signs the mails.
     *
     * @param domain the signing domain ({@code d=})
     * @param selector the DNS selector ({@code s=})
     * @param privateKey the RSA key; never logged
     */
    public record Dkim(String domain, String selector, RSAPrivateKey privateKey) {
        @Override
        public String toString() {
            return "Dkim[" + domain + ", " + selector + "]";
        }
    }

    public boolean authenticates() {
        return !user.isEmpty();
    }

    /** Without the password: records print their fields, and settings end up in logs. */
    @Override
    public String toString() {
        return "EmailSettings[" + host + ":" + port + ", " + tls + ", user=" + (user.isEmpty() ? "-" : user)
                + ", sessions=" + sessions + ", dkim="
                + dkim.map(Dkim::toString).orElse("-") + "]";
    }
}
