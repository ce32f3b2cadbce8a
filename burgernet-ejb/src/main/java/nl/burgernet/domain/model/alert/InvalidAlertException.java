package nl.burgernet.domain.model.alert;

/** A field of an alert that cannot be accepted; {@link #field()} names it for the form and the REST error. */
public class InvalidAlertException extends RuntimeException {

    private final String field;

    public InvalidAlertException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
