package nl.burgernet.channel.api;

import java.net.URI;
import java.util.Objects;

/**
 * One participant as a channel sees them: only what is needed to reach them. The address is passed as stored and
 * may be unusable; a channel reports that as a {@link DeliveryResult.Failed} for this recipient, so the record
 * does not reject it.
 *
 * @param deliveryId the delivery record (alert message × participant × channel) this result belongs to
 * @param address e-mail address, phone number or push token, depending on the channel
 * @param displayName how to greet them; empty when unknown
 * @param replyKey unguessable key that ties an answer to this delivery; letters, digits, {@code -} and {@code _}
 * @param preferencesUrl the participant's own page to change what they receive (no login needed)
 * @param unsubscribeUrl one-click unsubscribe: a POST to it without login or cookie stops this channel (RFC 8058)
 * @param threadReference the provider id of the first message this participant got about the same alert through
 *     this channel (from its {@link DeliveryResult.Sent}); empty for the first message. E-mail threads updates and
 *     the outcome under it.
 */
public record Recipient(
        long deliveryId,
        String address,
        String displayName,
        String replyKey,
        URI preferencesUrl,
        URI unsubscribeUrl,
        String threadReference) {

    public Recipient {
        address = Objects.requireNonNullElse(address, "");
        displayName = Objects.requireNonNullElse(displayName, "");
        replyKey = Objects.requireNonNullElse(replyKey, "");
        threadReference = Objects.requireNonNullElse(threadReference, "");
        Links.requireWebAddress(preferencesUrl, "The preferences link");
        Links.requireWebAddress(unsubscribeUrl, "The unsubscribe link");
    }
}
