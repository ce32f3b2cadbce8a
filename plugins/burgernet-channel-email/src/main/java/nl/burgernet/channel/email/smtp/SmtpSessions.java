package nl.burgernet.channel.email.smtp;

import jakarta.mail.Session;
import java.util.Properties;
import javax.net.ssl.SSLSocketFactory;
import nl.burgernet.channel.email.EmailSettings;
import nl.burgernet.channel.email.TlsMode;

/** The Jakarta Mail session for a municipality's SMTP settings. */
public final class SmtpSessions {

    static final int CONNECT_TIMEOUT_MILLIS = 15_000;
    static final int READ_TIMEOUT_MILLIS = 60_000;

    private SmtpSessions() {}

    /**
     * @param heloName the name we greet the server with: the sender's mail domain, so the server need not look up
     *     this machine's name (slow, and often a meaningless container name)
     * @param tlsSockets where TLS sockets come from: the JVM's default, or a test's trust store
     */
    public static Session create(EmailSettings settings, String heloName, SSLSocketFactory tlsSockets) {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", Integer.toString(settings.port()));
        properties.put("mail.smtp.localhost", heloName);
        properties.put("mail.smtp.connectiontimeout", Integer.toString(CONNECT_TIMEOUT_MILLIS));
        properties.put("mail.smtp.timeout", Integer.toString(READ_TIMEOUT_MILLIS));
        // Instances, not class names: Jakarta Mail uses them as they are (see NoDelaySocketFactory for why).
        properties.put("mail.smtp.socketFactory", new NoDelaySocketFactory());
        properties.put("mail.smtp.socketFactory.fallback", "false");
        properties.put("mail.smtp.ssl.socketFactory", new NoDelaySslSocketFactory(tlsSockets));
        properties.put("mail.smtp.ssl.checkserveridentity", "true");
        // Closing a connection need not wait for the server's goodbye.
        properties.put("mail.smtp.quitwait", "false");
        properties.put("mail.smtp.auth", Boolean.toString(settings.authenticates()));
        if (settings.tls() == TlsMode.STARTTLS) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        } else if (settings.tls() == TlsMode.TLS) {
            properties.put("mail.smtp.ssl.enable", "true");
        }
        return Session.getInstance(properties);
    }
}
