package nl.burgernet.channel.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A receipt about one message a channel sent: it reached the handset, or it never will.
 *
 * @param channelId the reporting channel's id
 * @param municipalityCode whose settings (connection) the receipt came in on
 * @param providerId the same provider id the channel returned in {@link DeliveryResult.Sent}
 * @param state what became of the message
 * @param detail the provider's words (e.g. the SMSC's error code), for the operator; no secrets
 * @param at when the provider says it happened
 */
public record DeliveryReport(
        String channelId, String municipalityCode, String providerId, State state, String detail, Instant at) {

    /** What became of a sent message. */
    public enum State {
        /** It reached the resident's device. */
        DELIVERED,
        /** It will not reach them (expired, rejected, unknown number). */
        UNDELIVERABLE
    }

    public DeliveryReport {
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(state, "state");
        detail = Objects.requireNonNullElse(detail, "");
        at = Objects.requireNonNullElseGet(at, Instant::now);
    }
}
