package nl.burgernet.application.resident;

import java.time.Instant;
import nl.burgernet.domain.model.participant.ParticipantDetails;
import nl.burgernet.domain.model.participant.ParticipantStatus;

/** The resident's own registration, as their settings page shows it. */
public record ResidentAccount(
        String municipalityName,
        ParticipantStatus status,
        ParticipantDetails details,
        Instant signedUpAt,
        Instant confirmedAt) {}
