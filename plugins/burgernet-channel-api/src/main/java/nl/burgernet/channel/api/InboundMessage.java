package nl.burgernet.channel.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A message a resident sent back through a channel (an SMS answer). The core ties it to the latest alert that
 * reached that address through this channel and records it as a reply, as it does for e-mail.
 *
 * @param channelId the receiving channel's id
 * @param municipalityCode whose settings (connection) it came in on
 * @param fromAddress the sender's address in the channel's {@link AddressKind} (E.164 for phone numbers)
 * @param toAddress the address it was sent to (the short code or sender number); empty when unknown
 * @param text what the resident wrote, reassembled when it came in parts
 * @param providerId the provider's id for this message, so a message delivered twice is recorded once
 * @param receivedAt when it arrived
 */
public record InboundMessage(
        String channelId,
        String municipalityCode,
        String fromAddress,
        String toAddress,
        String text,
        String providerId,
        Instant receivedAt) {

    public InboundMessage {
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(fromAddress, "fromAddress");
        toAddress = Objects.requireNonNullElse(toAddress, "");
        text = Objects.requireNonNullElse(text, "");
        providerId = Objects.requireNonNullElse(providerId, "");
        receivedAt = Objects.requireNonNullElseGet(receivedAt, Instant::now);
    }
}
