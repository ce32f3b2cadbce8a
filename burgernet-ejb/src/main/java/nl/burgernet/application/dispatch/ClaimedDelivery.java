package nl.burgernet.application.dispatch;

/**
 * A delivery an attempt has claimed, with what the channel needs to reach the participant as they are now.
 *
 * @param address the participant's current address for the batch's channel (their contact point of that channel);
 *     empty when there is none (the channel reports it as failed)
 * @param linkKey the participant's access token, signed into their personal links
 * @param channel the batch's channel id: the one the unsubscribe link turns off
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
        int attempts,
        String channel) {

    /** A delivery whose channel is not known here: its unsubscribe link turns e-mail off, as links always did. */
    public ClaimedDelivery(
            long deliveryId,
            long participantId,
            long municipalityId,
            String address,
            String displayName,
            String replyKey,
            String threadReference,
            String linkKey,
            int attempts) {
        this(
                deliveryId,
                participantId,
                municipalityId,
                address,
                displayName,
                replyKey,
                threadReference,
                linkKey,
                attempts,
                "");
    }
}
