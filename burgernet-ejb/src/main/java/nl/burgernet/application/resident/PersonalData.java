package nl.burgernet.application.resident;

import java.time.Instant;
import java.util.List;
import nl.burgernet.application.participant.ContactState;
import nl.burgernet.domain.model.participant.ParticipantDetails;
import nl.burgernet.domain.model.participant.ParticipantStatus;

/**
 * Everything the portal holds about one resident (GDPR article 15 and 20): their registration, its history, and
 * which municipality holds it.
 */
public record PersonalData(
        String municipalityName,
        String municipalityCbsCode,
        long participantId,
        ParticipantStatus status,
        ParticipantDetails details,
        Instant signedUpAt,
        Instant confirmedAt,
        Instant emailUnsubscribedAt,
        List<ContactState> contacts,
        List<HistoryEntry> history) {

    public PersonalData {
        history = List.copyOf(history);
        contacts = List.copyOf(contacts);
    }

    /**
     * One recorded event about the registration.
     *
     * @param by "resident", "municipality" (an administrator) or "system"
     */
    public record HistoryEntry(Instant at, String action, String by) {}
}
