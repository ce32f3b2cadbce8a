package nl.burgernet.domain.model.alert;

import jakarta.ejb.ApplicationException;

/** The four-eyes rule: the author of an alert cannot be the one who approves it. */
@ApplicationException(rollback = true)
public class ApprovalRefusedException extends RuntimeException {

    public ApprovalRefusedException(String message) {
        super(message);
    }
}
