package nl.burgernet.application.alert;

import jakarta.ejb.ApplicationException;

/** No alert with that id in the current municipality (another municipality's alert is "not found" too). */
@ApplicationException(rollback = true)
public class AlertNotFoundException extends RuntimeException {

    public AlertNotFoundException(long id) {
        super("No alert " + id);
    }
}
