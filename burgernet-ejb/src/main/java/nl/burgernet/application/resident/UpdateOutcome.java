package nl.burgernet.application.resident;

import java.util.List;
import nl.burgernet.domain.model.participant.FieldError;

/** What saving the settings page led to. */
public sealed interface UpdateOutcome {

    record Invalid(List<FieldError> errors) implements UpdateOutcome {
        public Invalid {
            errors = List.copyOf(errors);
        }
    }

    /**
     * Saved. When the resident entered a new e-mail address, a confirmation went there and this link stopped working
     * (whoever controls the new mailbox controls the registration from now on).
     */
    record Saved(NewEmail newEmail) implements UpdateOutcome {}

    /** The link is not (or no longer) valid: nothing was changed. */
    record LinkInvalid() implements UpdateOutcome {}

    enum NewEmail {
        UNCHANGED,
        CONFIRMATION_SENT,
        MAIL_FAILED
    }
}
