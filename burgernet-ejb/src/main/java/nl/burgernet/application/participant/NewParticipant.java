package nl.burgernet.application.participant;

import nl.burgernet.domain.model.participant.ParticipantDetails;

/**
 * A participant an import adds: the checked and geocoded details, and the key their personal links are signed with
 * (see {@code Participant.linkKey}).
 */
public record NewParticipant(ParticipantDetails details, String linkKey) {}
