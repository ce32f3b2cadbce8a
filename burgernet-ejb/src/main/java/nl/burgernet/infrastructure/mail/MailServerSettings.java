package nl.burgernet.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the portal sends its own mail (residents' sign-up and link mails) and where it reads replies. Defaults are the
 * embedded mail server of {@code ./burgernet run}; production sets {@code burgernet.mail.*} (see the README).
 *
 * <p>Both connections are encrypted the way the e-mail channel's settings do it: {@code burgernet.mail.smtp.tls} and
 * {@code burgernet.mail.imap.tls} are {@code STARTTLS} (the default: a plain connection upgraded before anything else
 * is said, refused if the server cannot), {@code TLS} (implicit TLS from the first byte: SMTPS on 465, IMAPS on 993)
 * or {@code NONE} (only for a server on the same host or network, such as the embedded one). The server's certificate
 * is checked against the JVM's trust store and its host name, unless {@code burgernet.mail.smtp.ssl-trust} /
 * {@code burgernet.mail.imap.ssl-trust} names hosts whose certificate is accepted as it is, names included (Jakarta
 * Mail's {@code ssl.trust}: a self-signed internal server).
 *
 * <p>The reply mailbox's login ({@code burgernet.mail.imap.user} and {@code .password}) has no default: the demo's
 * {@code replies}/{@code replies} applies only with {@code burgernet.demo=true}. Without them the intake does not
 * connect and {@code /health/ready} is DOWN, naming the missing settings.
 */
@ApplicationScoped
public class MailServerSettings {

    private static final String TIMEOUT_MS = "5000";
    private static final String DEMO_MAILBOX = "replies";

    /** How a mail connection is encrypted; the same names as the e-mail channel's {@code smtp.tls}. */
    public enum Tls {
        STARTTLS,
        TLS,
        NONE
    }

    @Inject
    @ConfigProperty(name = "burgernet.mail.smtp.host", defaultValue = "127.0.0.1")
    String smtpHost;

    @Inject
    @ConfigProperty(name = "burgernet.mail.smtp.port", defaultValue = "2525")
    int smtpPort;

    @Inject
    @ConfigProperty(name = "burgernet.mail.smtp.tls", defaultValue = "STARTTLS")
    String smtpTls;

    @Inject
    @ConfigProperty(name = "burgernet.mail.smtp.ssl-trust")
    Optional<String> smtpSslTrust;

    @Inject
    @ConfigProperty(name = "burgernet.mail.smtp.user")
    Optional<String> smtpUser;

    @Inject
    @ConfigProperty(name = "burgernet.mail.smtp.password")
    Optional<String> smtpPassword;

    @Inject
    @ConfigProperty(name = "burgernet.mail.imap.host", defaultValue = "127.0.0.1")
    String imapHost;

    @Inject
    @ConfigProperty(name = "burgernet.mail.imap.port", defaultValue = "2143")
    int imapPort;

    @Inject
    @ConfigProperty(name = "burgernet.mail.imap.tls", defaultValue = "STARTTLS")
    String imapTls;

    @Inject
    @ConfigProperty(name = "burgernet.mail.imap.ssl-trust")
    Optional<String> imapSslTrust;

    @Inject
    @ConfigProperty(name = "burgernet.mail.imap.user")
    Optional<String> imapUser;

    @Inject
    @ConfigProperty(name = "burgernet.mail.imap.password")
    Optional<String> imapPassword;

    @Inject
    @ConfigProperty(name = "burgernet.demo", defaultValue = "false")
    boolean demo;

    public String smtpHost() {
        return smtpHost;
    }

    public int smtpPort() {
        return smtpPort;
    }

    public Tls smtpTls() {
        return tls("burgernet.mail.smtp.tls", smtpTls);
    }

    public String imapHost() {
        return imapHost;
    }

    public int imapPort() {
        return imapPort;
    }

    public Tls imapTls() {
        return tls("burgernet.mail.imap.tls", imapTls);
    }

    /**
     * What keeps the portal from reading its reply mailbox, for the health check and the log: empty when its login
     * is configured (or the demo's applies).
     */
    public Optional<String> replyMailboxProblem() {
        if (demo || (present(imapUser) && present(imapPassword))) {
            return Optional.empty();
        }
        return Optional.of("burgernet.mail.imap.user and burgernet.mail.imap.password must be set: the reply mailbox"
                + " has no default login outside the demo (burgernet.demo=true)");
    }

    /** Logs into the reply mailbox; an unconfigured login fails like a refused one, naming the settings. */
    public void connectReplyMailbox(Store store) throws MessagingException {
        Optional<String> problem = replyMailboxProblem();
        if (problem.isPresent()) {
            throw new AuthenticationFailedException(problem.get());
        }
        store.connect(
                imapHost,
                imapPort,
                imapUser.filter(MailServerSettings::present).orElse(DEMO_MAILBOX),
                imapPassword.filter(MailServerSettings::present).orElse(DEMO_MAILBOX));
    }

    /** Connects a transport to the SMTP server, with its login when one is configured. */
    public void connectSmtp(Transport transport) throws MessagingException {
        transport.connect(smtpHost, smtpPort, smtpUser.orElse(null), smtpPassword.orElse(null));
    }

    /** Sends one message through the SMTP server (with its login when one is configured). */
    public void send(MimeMessage message) throws MessagingException {
        try (Transport t = message.getSession().getTransport("smtp")) {
            connectSmtp(t);
            t.sendMessage(message, message.getAllRecipients());
        }
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
        return Session.getInstance(properties(imapReadTimeout));
    }

    Properties properties(Duration imapReadTimeout) {
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", smtpHost);
        p.setProperty("mail.smtp.port", Integer.toString(smtpPort));
        p.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MS);
        p.setProperty("mail.smtp.timeout", TIMEOUT_MS);
        if (present(smtpUser)) {
            p.setProperty("mail.smtp.auth", "true");
        }
        encryption(p, "smtp", smtpTls(), smtpSslTrust);
        p.setProperty("mail.imap.host", imapHost);
        p.setProperty("mail.imap.port", Integer.toString(imapPort));
        p.setProperty("mail.imap.connectiontimeout", TIMEOUT_MS);
        p.setProperty("mail.imap.timeout", Long.toString(imapReadTimeout.toMillis()));
        encryption(p, "imap", imapTls(), imapSslTrust);
        return p;
    }

    /** Jakarta Mail's properties for one protocol: STARTTLS required, or TLS from the first byte, or none. */
    static void encryption(Properties p, String protocol, Tls tls, Optional<String> sslTrust) {
        String prefix = "mail." + protocol + ".";
        switch (tls) {
            case STARTTLS -> {
                p.setProperty(prefix + "starttls.enable", "true");
                p.setProperty(prefix + "starttls.required", "true");
            }
            case TLS -> p.setProperty(prefix + "ssl.enable", "true");
            case NONE -> {
                return;
            }
        }
        // Written out either way: Angus Mail's own default differs between versions.
        if (sslTrust.filter(MailServerSettings::present).isPresent()) {
            p.setProperty(prefix + "ssl.trust", sslTrust.get().strip());
            p.setProperty(prefix + "ssl.checkserveridentity", "false");
        } else {
            p.setProperty(prefix + "ssl.checkserveridentity", "true");
        }
    }

    private static Tls tls(String setting, String value) {
        try {
            return Tls.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(setting + " must be STARTTLS, TLS or NONE, not " + value, e);
        }
    }

    private static boolean present(Optional<String> value) {
        return value.filter(MailServerSettings::present).isPresent();
    }

    private static boolean present(String value) {
        return !value.isBlank();
    }
}
