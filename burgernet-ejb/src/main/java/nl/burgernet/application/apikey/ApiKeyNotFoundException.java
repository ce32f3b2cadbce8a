package nl.burgernet.application.apikey;

import jakarta.ejb.ApplicationException;

/** No key with this id in the current municipality: another municipality's key is not found, never revealed. */
@ApplicationException(rollback = true)
public class ApiKeyNotFoundException extends RuntimeException {

    public ApiKeyNotFoundException(long id) {
        super("No API key " + id);
    }
}
