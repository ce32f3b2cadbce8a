package nl.burgernet.domain.model.alert;

import jakarta.ejb.ApplicationException;

/** An operator asked for a step the alert's lifecycle does not allow from where it is now. */
@ApplicationException(rollback = true)
public class IllegalTransitionException extends RuntimeException {

    public IllegalTransitionException(AlertStatus from, AlertStatus to) {
        super("An alert that is " + from + " cannot become " + to);
    }
}
