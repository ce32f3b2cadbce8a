package nl.burgernet.application.participant;

import jakarta.ejb.ApplicationException;

/** Also what another municipality's participant looks like: its existence is not revealed. */
@ApplicationException(rollback = true)
public class ParticipantNotFoundException extends RuntimeException {

    public ParticipantNotFoundException(long id) {
        super("No participant " + id);
    }
}
