package nl.burgernet.application.dispatch;

/**
 * One participant to reach through one channel.
 *
 * @param municipalityId the participant's own municipality (differs from the alert's for AMBER and Vermist Kind)
 * @param language the participant's language, {@code nl} or {@code en}
 * @param threadReference for updates and the outcome: the provider id of the first message this participant got
 *     through this channel; empty for a first message
 */
public record Target(long participantId, long municipalityId, String channel, String language, String threadReference) {

    public Target(long participantId, long municipalityId, String channel, String language) {
        this(participantId, municipalityId, channel, language, "");
    }

    /** Identifies the target within one message: a participant gets one delivery per channel. */
    public String key() {
        return participantId + ":" + channel;
    }
}
