package nl.burgernet.domain.model.geo;

import java.util.Optional;

/**
 * Turns a resident's address into coordinates, so that alert circles and polygons can find them. Implementations
 * live in {@code nl.burgernet.infrastructure.geo}; which one runs is configuration ({@code burgernet.geocoder}).
 */
public interface Geocoder {

    /**
     * @return the address's location, or empty when the address does not exist (a typo the resident should fix)
     * @throws GeocodingUnavailableException when the source could not be asked (down, timed out, answered nonsense):
     *     the address may well exist, so the caller should keep the input and try again later, not reject it
     */
    Optional<GeocodedAddress> geocode(Postcode postcode, HouseNumber number, Optional<HouseNumberSuffix> suffix);

    default Optional<GeocodedAddress> geocode(DutchAddress address) {
        return geocode(address.postcode(), address.number(), address.suffix());
    }
}
