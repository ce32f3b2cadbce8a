package nl.burgernet.application.dispatch;

/**
 * A delivery an attempt has claimed, with what the channel needs to reach the participant as they are now.
 *
 * @param address the participant's current e-mail address or mobile number for the batch's channel; empty when
 *     there is none (the channel reports it as failed)
 * @param linkKey the participant's access token, signed into their personal links
 */
public record ClaimedDelivery(
        long deliveryId,
        long participantId,
        long municipalityId,
        String address,
        String displayName,
        String replyKey,
        String threadReference,
        String linkKey,
        int attempts) {}
