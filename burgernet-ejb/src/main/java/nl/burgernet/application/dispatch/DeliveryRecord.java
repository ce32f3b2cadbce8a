package nl.burgernet.application.dispatch;

import java.time.Instant;

/**
 * One delivery as the operator's page lists the ones that need attention (failed, retrying, dead-lettered). The
 * participant appears by number only: residents are pseudonymous to operators.
 *
 * @param lastError the channel's reason, for the operator; never contains contact details the core added
 * @param nextAttemptAt when a retrying delivery is tried again; null otherwise
 */
public record DeliveryRecord(
        long deliveryId,
        int sequence,
        String channel,
        String status,
        int attempts,
        long participantId,
        String lastError,
        Instant nextAttemptAt) {}
