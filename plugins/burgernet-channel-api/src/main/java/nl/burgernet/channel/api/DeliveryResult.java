package nl.burgernet.channel.api;

import java.time.Duration;
import java.util.Objects;

/** What happened to one recipient of a batch. */
public sealed interface DeliveryResult {

    /** The {@link Recipient#deliveryId()} this result is about. */
    long deliveryId();

    /**
     * Accepted by the provider.
     *
     * @param deliveryId the recipient's delivery
     * @param providerId the provider's reference, e.g. the e-mail's Message-ID with its angle brackets; the core
     *     stores it and hands it back as {@link Recipient#threadReference()} for later messages about the alert
     */
    record Sent(long deliveryId, String providerId) implements DeliveryResult {}

    /**
     * A passing failure (rate limit, server busy, connection lost): try again, no sooner than {@code after}.
     *
     * @param deliveryId the recipient's delivery
     * @param reason what went wrong, for the operator and the logs; no secrets
     * @param after the least time to wait before the next attempt
     */
    record Retry(long deliveryId, String reason, Duration after) implements DeliveryResult {
        public Retry {
            Objects.requireNonNull(after, "after");
        }
    }

    /**
     * A permanent failure (invalid address, refused by the receiving server): do not try again.
     *
     * @param deliveryId the recipient's delivery
     * @param reason what went wrong, for the operator and the logs; no secrets
     */
    record Failed(long deliveryId, String reason) implements DeliveryResult {}
}
