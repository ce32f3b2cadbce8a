package nl.burgernet.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import nl.burgernet.infrastructure.mail.MailServerSettings;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Both halves of e-mail: residents' mails go out over SMTP, their replies come in over IMAP, each with the encryption
 * and login configured; a reply mailbox without a login (outside the demo) is DOWN with the settings it needs.
 */
@Readiness
@ApplicationScoped
public class MailServerHealthCheck implements DetailedHealthCheck {

    @Inject
    MailServerSettings settings;

    @Override
    public HealthCheckResponse detailed() {
        Session session = settings.session();
        String smtp = check(() -> {
            try (Transport t = session.getTransport("smtp")) {
                settings.connectSmtp(t);
            }
        });
        String imap = check(() -> {
            try (Store s = session.getStore("imap")) {
                settings.connectReplyMailbox(s);
            }
        });
        return HealthCheckResponse.named("mail-server")
                .status(smtp.equals("UP") && imap.equals("UP"))
                .withData(
                        "smtp", settings.smtpHost() + ":" + settings.smtpPort() + " " + settings.smtpTls() + " " + smtp)
                .withData(
                        "imap", settings.imapHost() + ":" + settings.imapPort() + " " + settings.imapTls() + " " + imap)
                .build();
    }

    private static String check(MailProbe probe) {
        try {
            probe.run();
            return "UP";
        } catch (MessagingException e) {
            return "DOWN: " + e.getMessage();
        }
    }

    @FunctionalInterface
    private interface MailProbe {
        void run() throws MessagingException;
    }
}
