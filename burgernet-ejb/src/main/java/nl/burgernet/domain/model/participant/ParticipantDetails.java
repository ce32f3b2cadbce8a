package nl.burgernet.domain.model.participant;

import java.time.LocalTime;
import java.util.List;

/** Everything about a participant that a resident or an admin edits, as validated data. */
public record ParticipantDetails(
        String email,
        String mobile,
        String displayName,
        int birthYear,
        String language,
        boolean emailEnabled,
        boolean smsEnabled,
        boolean voiceEnabled,
        boolean pushEnabled,
        LocalTime quietFrom,
        LocalTime quietTo,
        List<AddressDetails> addresses) {

    public ParticipantDetails {
        addresses = List.copyOf(addresses);
    }

    /** The same details with another e-mail address and display name (forms edit neither the other way round). */
    public ParticipantDetails withEmailAndDisplayName(String newEmail, String newDisplayName) {
        return new ParticipantDetails(
                newEmail,
                mobile,
                newDisplayName,
                birthYear,
                language,
                emailEnabled,
                smsEnabled,
                voiceEnabled,
                pushEnabled,
                quietFrom,
                quietTo,
                addresses);
    }
}
