package nl.burgernet.application.dispatch;

import java.time.LocalTime;
import java.util.HashSet;
import java.util.Set;
import nl.burgernet.domain.model.geo.Coordinates;

/**
 * A participant with an address in the area's bounding box, as read for targeting: where, which channels they
 * chose and can be reached on, their language and quiet hours.
 *
 * @param address one of their addresses; null for national alerts, which do not look at addresses
 * @param channels the channel ids they switched on and have the contact details for
 * @param quietFrom their own quiet hours, or null for their municipality's
 */
public record Candidate(
        long participantId,
        long municipalityId,
        Coordinates address,
        String language,
        Set<String> channels,
        LocalTime quietFrom,
        LocalTime quietTo) {

    /** The channel ids a participant can be reached on, from their switches and the details they gave. */
    public static Set<String> channels(
            boolean email, boolean sms, boolean voice, boolean push, boolean hasEmail, boolean hasMobile) {
        Set<String> ids = new HashSet<>(4);
        if (email && hasEmail) {
            ids.add("email");
        }
        if (sms && hasMobile) {
            ids.add("sms");
        }
        if (voice && hasMobile) {
            ids.add("voice");
        }
        if (push) {
            ids.add("push");
        }
        return ids;
    }
}
