package nl.burgernet.application.participant;

import java.time.Instant;
import java.util.List;
import nl.burgernet.domain.model.participant.ContactPoint;
import nl.burgernet.domain.model.participant.Participant;

/**
 * One contact point as stored, with what the participant does not edit: whether it still works and when it was
 * verified. For the admin's participant page and the resident's data export.
 *
 * @param failing the channel stopped for this participant after bounces or failures, until the address changes
 */
public record ContactState(
        String channel, String address, boolean enabled, boolean failing, double failureScore, Instant verifiedAt) {

    public static List<ContactState> of(Participant p) {
        return p.contacts().stream().map(ContactState::of).toList();
    }

    static ContactState of(ContactPoint c) {
        return new ContactState(c.channel(), c.address(), c.enabled(), c.failing(), c.failureScore(), c.verifiedAt());
    }
}
