package nl.burgernet.application.reply;

/**
 * The delivery a reply key names, with what recording a reply needs: the alert and its owner, the participant and
 * their current e-mail address, the participant's distance from the incident, and the channel the delivery went
 * through (a bounce or an unsubscribe concerns that channel's contact).
 *
 * @param distanceMetres from the participant's nearest address to the incident; null when the alert has no point
 * @param channel the delivery's channel id
 */
public record KeyedDelivery(
        long deliveryId,
        long alertId,
        long alertMunicipalityId,
        long participantId,
        long participantMunicipalityId,
        String participantEmail,
        Integer distanceMetres,
        String channel) {

    /** A delivery by e-mail's usual channel id, for tests that do not care about the channel. */
    public KeyedDelivery(
            long deliveryId,
            long alertId,
            long alertMunicipalityId,
            long participantId,
            long participantMunicipalityId,
            String participantEmail,
            Integer distanceMetres) {
        this(
                deliveryId,
                alertId,
                alertMunicipalityId,
                participantId,
                participantMunicipalityId,
                participantEmail,
                distanceMetres,
                "");
    }

    /** The contact point this delivery went to. */
    public ContactKey contact() {
        return new ContactKey(participantId, channel);
    }

    /** One participant's contact point of one channel. */
    public record ContactKey(long participantId, String channel) {}
}
