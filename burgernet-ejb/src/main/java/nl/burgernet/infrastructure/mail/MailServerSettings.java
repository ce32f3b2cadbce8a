package nl.burgernet.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import java.time.Duration;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the portal sends mail and where it reads replies. Defaults are the embedded mail server of
 * {@code ./burgernet run}; production sets {@code burgernet.mail.*} (see the README).
 */
@ApplicationScoped
public class MailServerSettings {

    private static final String TIMEOUT_MS = "5000";

    @Inject
    @ConfigProperty(name = "burgernet.mail.smtp.host", defaultValue = "127.0.0.1")
    String smtpHost;

    @Inject
    @ConfigProperty(name = "burgernet.mail.smtp.port", defaultValue = "2525")
    int smtpPort;

    @Inject
    @ConfigProperty(name = "burgernet.mail.imap.host", defaultValue = "127.0.0.1")
    String imapHost;

    @Inject
    @ConfigProperty(name = "burgernet.mail.imap.port", defaultValue = "2143")
    int imapPort;

    @Inject
    @ConfigProperty(name = "burgernet.mail.imap.user", defaultValue = "replies")
    String imapUser;

    @Inject
    @ConfigProperty(name = "burgernet.mail.imap.password", defaultValue = "replies")
    String imapPassword;

    public String smtpHost() {
        return smtpHost;
    }

    public int smtpPort() {
        return smtpPort;
    }

    public String imapHost() {
        return imapHost;
    }

    public int imapPort() {
        return imapPort;
    }

    public String imapUser() {
        return imapUser;
    }

    public String imapPassword() {
        return imapPassword;
    }

    /** A session whose connections give up after a few seconds instead of hanging a request or a timer. */
    public Session session() {
        return session(Duration.ofMillis(Long.parseLong(TIMEOUT_MS)));
    }

    /**
     * A session that connects as quickly but waits up to {@code imapReadTimeout} for an IMAP answer: a FETCH or MOVE of
     * thousands of mails at once takes a busy server longer than one command of a person's mail client.
     */
    public Session session(Duration imapReadTimeout) {
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", smtpHost);
        p.setProperty("mail.smtp.port", Integer.toString(smtpPort));
        p.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MS);
        p.setProperty("mail.smtp.timeout", TIMEOUT_MS);
        p.setProperty("mail.imap.host", imapHost);
        p.setProperty("mail.imap.port", Integer.toString(imapPort));
        p.setProperty("mail.imap.connectiontimeout", TIMEOUT_MS);
        p.setProperty("mail.imap.timeout", Long.toString(imapReadTimeout.toMillis()));
        return Session.getInstance(p);
    }
}
