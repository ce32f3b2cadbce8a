package nl.burgernet.application.participant;

import nl.burgernet.domain.model.participant.ParticipantStatus;

/**
 * A page of the participant table: filters (null = no filter), sort and window.
 *
 * @param postcode a postcode or its start ("3601", "3601A"); spaces and case are ignored
 * @param email an exact e-mail address
 * @param channel a channel id the participant has on ({@code email}, {@code sms}, {@code voice}, {@code push})
 */
public record ParticipantQuery(
        String postcode,
        String email,
        ParticipantStatus status,
        String channel,
        SortField sortField,
        boolean ascending,
        int first,
        int pageSize) {

    public enum SortField {
        CREATED,
        EMAIL,
        STATUS,
        BIRTH_YEAR
    }

    public static ParticipantQuery firstPage(int pageSize) {
        return new ParticipantQuery(null, null, null, null, SortField.CREATED, false, 0, pageSize);
    }
}
