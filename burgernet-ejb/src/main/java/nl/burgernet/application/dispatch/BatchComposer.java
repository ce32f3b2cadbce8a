package nl.burgernet.application.dispatch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import nl.burgernet.application.resident.ResidentLinks;
import nl.burgernet.channel.api.DeliveryBatch;
import nl.burgernet.channel.api.MunicipalityProfile;
import nl.burgernet.channel.api.OutgoingMessage;
import nl.burgernet.channel.api.Recipient;
import nl.burgernet.domain.model.alert.Alert;
import nl.burgernet.domain.model.alert.AlertMessage;
import nl.burgernet.domain.model.municipality.Municipality;
import nl.burgernet.domain.model.municipality.MunicipalitySettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns an alert message and claimed deliveries into what a channel plugin sees: the municipality as residents know
 * it, the message in the batch's language, and per recipient only their own parts (address, reply key, links).
 *
 * <p>Municipalities that have not set a sender or reply domain use {@code burgernet.mail.default-sender} and {@code
 * burgernet.mail.default-reply-domain}.
 */
@ApplicationScoped
public class BatchComposer {

    @Inject
    ResidentLinks links;

    @Inject
    AlertPageLinks alertPages;

    @Inject
    @ConfigProperty(name = "burgernet.mail.default-sender", defaultValue = "burgernet@burgernet.localhost")
    String defaultSender;

    @Inject
    @ConfigProperty(name = "burgernet.mail.default-reply-domain", defaultValue = "reply.burgernet.localhost")
    String defaultReplyDomain;

    public MunicipalityProfile profile(Municipality m) {
        MunicipalitySettings s = m.settings();
        return new MunicipalityProfile(
                m.cbsCode().value(),
                m.name(),
                s.logoUrl() == null || s.logoUrl().isBlank() ? null : URI.create(s.logoUrl()),
                s.brandColour(),
                s.senderName(),
                blankTo(s.senderEmail(), defaultSender),
                blankTo(s.replyDomain(), defaultReplyDomain),
                s.contactEmail());
    }

    public OutgoingMessage message(Alert alert, AlertMessage message, String language) {
        var content = message.content();
        return new OutgoingMessage(
                alert.reference(),
                message.sequence(),
                OutgoingMessage.Kind.valueOf(message.kind().name()),
                language,
                content.title(),
                content.body(),
                content.instructions(),
                alertPages.of(alert).orElse(null));
    }

    public DeliveryBatch batch(
            long batchId, MunicipalityProfile profile, OutgoingMessage message, List<ClaimedDelivery> claimed) {
        Instant now = Instant.now();
        List<Recipient> recipients =
                claimed.stream().map(d -> recipient(d, now)).toList();
        return new DeliveryBatch(batchId, profile, message, recipients);
    }

    /** The preferences link of an alert message: channels only, and it expires (a mail is often forwarded). */
    private Recipient recipient(ClaimedDelivery d, Instant now) {
        return new Recipient(
                d.deliveryId(),
                d.address(),
                d.displayName(),
                d.replyKey(),
                URI.create(links.preferencesUrl(d.municipalityId(), d.participantId(), d.linkKey(), now)),
                URI.create(links.unsubscribeUrl(d.municipalityId(), d.participantId(), d.channel())),
                d.threadReference());
    }

    private static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
