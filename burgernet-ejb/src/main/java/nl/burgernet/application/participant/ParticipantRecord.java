package nl.burgernet.application.participant;

import java.time.Instant;
import java.util.List;
import nl.burgernet.domain.model.participant.ParticipantDetails;
import nl.burgernet.domain.model.participant.ParticipantStatus;

/** A participant in full, for the edit form and the resident's own page. */
public record ParticipantRecord(
        long id,
        ParticipantDetails details,
        ParticipantStatus status,
        List<ContactState> contacts,
        Instant createdAt,
        Instant confirmedAt) {}
