package nl.burgernet.channel.api;

import java.time.Duration;

/** What happened to one recipient of a batch. */
public sealed interface DeliveryResult {

    long deliveryId();

    /** Accepted by the provider; {@code providerId} is its reference (e.g. the Message-ID). */
    record Sent(long deliveryId, String providerId) implements DeliveryResult {}

    /** A passing failure (rate limit, connection lost): try again, no sooner than {@code after}. */
    record Retry(long deliveryId, String reason, Duration after) implements DeliveryResult {}

    /** A permanent failure (invalid address, refused): do not try again. */
    record Failed(long deliveryId, String reason) implements DeliveryResult {}
}
