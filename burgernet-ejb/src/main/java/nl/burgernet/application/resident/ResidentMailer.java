package nl.burgernet.application.resident;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.burgernet.infrastructure.mail.MailServerSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends residents' mails through the portal's SMTP server, at most {@code burgernet.resident.mails-per-hour} (5) per
 * address. Addresses never reach the log: a failure is logged with the mail's kind only.
 */
@ApplicationScoped
public class ResidentMailer {

    private static final Logger LOG = Logger.getLogger(ResidentMailer.class.getName());

    @Inject
    MailServerSettings mailServer;

    @Inject
    ResidentLinks links;

    @Inject
    @ConfigProperty(name = "burgernet.mail.from", defaultValue = "noreply@burgernet.local")
    String fallbackSender;

    @Inject
    @ConfigProperty(name = "burgernet.resident.mails-per-hour", defaultValue = "5")
    int mailsPerHour;

    private ResidentMailComposer composer;
    private MailThrottle throttle;

    @PostConstruct
    void init() {
        composer = new ResidentMailComposer(fallbackSender, links.confirmValidity(), links.manageValidity());
        throttle = new MailThrottle(mailsPerHour, Duration.ofHours(1), Clock.systemUTC());
    }

    public Outcome send(ResidentMail mail) {
        if (!throttle.tryAcquire(mail.to())) {
            LOG.info(() -> "Resident mail " + mail.kind() + " not sent: too many for this address in the last hour");
            return Outcome.THROTTLED;
        }
        try {
            mailServer.send(composer.compose(mailServer.session(), mail));
            return Outcome.SENT;
        } catch (MessagingException e) {
            // The exception's message may list the recipient: only its type is logged.
            LOG.log(
                    Level.WARNING,
                    "Resident mail " + mail.kind() + " could not be sent: "
                            + e.getClass().getName());
            return Outcome.FAILED;
        }
    }

    public enum Outcome {
        SENT,
        /** Quietly dropped: the address had its share of mails this hour. The resident is not told apart. */
        THROTTLED,
        /** The mail server did not take it; the resident is asked to try again later. */
        FAILED
    }
}
