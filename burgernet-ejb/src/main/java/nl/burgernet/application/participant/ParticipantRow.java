package nl.burgernet.application.participant;

import java.time.Instant;
import java.util.List;
import nl.burgernet.domain.model.participant.ParticipantStatus;

/**
 * One line of the participant table. Contact details are masked here; the full ones are shown (and the sight
 * audited) only when an admin opens the participant.
 */
public record ParticipantRow(
        long id,
        String maskedEmail,
        String maskedMobile,
        String firstAddress,
        int addressCount,
        List<String> channels,
        ParticipantStatus status,
        int birthYear,
        Instant createdAt) {}
