package nl.burgernet.application.resident;

import java.util.List;
import nl.burgernet.domain.model.participant.FieldError;

/**
 * What the sign-up page tells the resident. A new and an already registered address get the same answer, so the form
 * cannot be used to find out who takes part.
 */
public sealed interface SignUpOutcome {

    /** Every problem with the form, as message keys (the participant bundle, or the resident pages' own). */
    record Invalid(List<FieldError> errors) implements SignUpOutcome {
        public Invalid {
            errors = List.copyOf(errors);
        }
    }

    /** "Check your inbox." */
    record Accepted(String municipalityName) implements SignUpOutcome {}

    /** Stored, but the mail server did not take the mail: "try again later" (signing up again resends it). */
    record MailFailed(String municipalityName) implements SignUpOutcome {}
}
