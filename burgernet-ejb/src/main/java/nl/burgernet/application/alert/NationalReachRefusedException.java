package nl.burgernet.application.alert;

import jakarta.ejb.ApplicationException;

/**
 * A step that would reach every municipality (an AMBER Alert), asked for by a login that is not the national control
 * room's: one municipality's operator must not message, or count, the residents of another.
 */
@ApplicationException(rollback = true)
public class NationalReachRefusedException extends RuntimeException {

    public NationalReachRefusedException() {
        super("An AMBER Alert reaches every municipality in the country: only the national control room may draft,"
                + " count, approve, send, update or end one. For a missing child in your region, use a Vermist Kind"
                + " Alert.");
    }
}
