package nl.burgernet.infrastructure.tenancy;

import jakarta.ejb.ApplicationException;

/** Tenant-owned data was asked for without a municipality: a programming error, refused rather than guessed. */
@ApplicationException(rollback = true)
public class NoTenantException extends RuntimeException {

    public NoTenantException() {
        super("No municipality selected for this request");
    }
}
