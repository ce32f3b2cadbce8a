package nl.burgernet.application.dispatch;

import java.time.LocalTime;
import java.util.Set;
import nl.burgernet.domain.model.geo.Coordinates;

/**
 * A participant with an address in the area's bounding box, as read for targeting: where, which channels they
 * chose and can be reached on, their language and quiet hours.
 *
 * @param address one of their addresses; null for national alerts, which do not look at addresses
 * @param channels the ids of the channels they switched on, with a working address (their contact points)
 * @param quietFrom their own quiet hours, or null for their municipality's
 */
public record Candidate(
        long participantId,
        long municipalityId,
        Coordinates address,
        String language,
        Set<String> channels,
        LocalTime quietFrom,
        LocalTime quietTo) {}
