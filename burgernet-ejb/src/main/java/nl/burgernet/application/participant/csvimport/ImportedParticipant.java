package nl.burgernet.application.participant.csvimport;

import nl.burgernet.domain.model.participant.ParticipantRegistration;

/** A good row: the validated registration and the file line its row starts on. */
public record ImportedParticipant(long lineNumber, ParticipantRegistration registration) {}
