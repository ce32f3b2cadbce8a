package nl.burgernet.domain.model.geo;

/**
 * The geocoder could not give an answer (service down, timeout, unreadable reply). Distinct from "not found": the
 * address may be fine.
 */
public class GeocodingUnavailableException extends RuntimeException {

    public GeocodingUnavailableException(String message) {
        super(message);
    }

    public GeocodingUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
