package nl.burgernet.domain.model.geo;

import java.util.Objects;
import java.util.Optional;
import nl.burgernet.domain.model.municipality.CbsCode;

/**
 * What a {@link Geocoder} found for an address.
 *
 * @param coordinates where the door is (or approximately, see {@code precision})
 * @param place the place name (woonplaats), e.g. "Maarssen"
 * @param municipality the municipality's CBS code when the source knows it
 * @param precision how close the coordinates are to the door
 */
public record GeocodedAddress(
        Coordinates coordinates, String place, Optional<CbsCode> municipality, GeocodePrecision precision) {

    public GeocodedAddress {
        Objects.requireNonNull(coordinates, "coordinates");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(precision, "precision");
    }
}
