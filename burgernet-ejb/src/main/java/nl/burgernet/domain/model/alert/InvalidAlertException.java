package nl.burgernet.domain.model.alert;

import jakarta.ejb.ApplicationException;

/** A field of an alert that cannot be accepted; {@link #field()} names it for the form and the REST error. */
@ApplicationException(rollback = true)
public class InvalidAlertException extends IllegalArgumentException {

    private final String field;

    public InvalidAlertException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
