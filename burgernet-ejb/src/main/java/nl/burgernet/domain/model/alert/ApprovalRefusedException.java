package nl.burgernet.domain.model.alert;

/** The four-eyes rule: the author of an alert cannot be the one who approves it. */
public class ApprovalRefusedException extends RuntimeException {

    public ApprovalRefusedException(String message) {
        super(message);
    }
}
