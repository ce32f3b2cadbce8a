package nl.burgernet.application.reply;

/**
 * The delivery a reply key names, with what recording a reply needs: the alert and its owner, the participant and
 * their current e-mail address, and the participant's distance from the incident.
 *
 * @param distanceMetres from the participant's nearest address to the incident; null when the alert has no point
 */
public record KeyedDelivery(
        long deliveryId,
        long alertId,
        long alertMunicipalityId,
        long participantId,
        long participantMunicipalityId,
        String participantEmail,
        Integer distanceMetres) {}
