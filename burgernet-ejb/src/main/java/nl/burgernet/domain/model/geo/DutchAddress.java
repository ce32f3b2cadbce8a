package nl.burgernet.domain.model.geo;

import java.util.Objects;
import java.util.Optional;

/**
 * A Dutch address as residents give it: postcode + house number + optional suffix identify the door; the place name
 * is only for display (it comes from the geocoder or the resident).
 */
public record DutchAddress(
        Postcode postcode, HouseNumber number, Optional<HouseNumberSuffix> suffix, Optional<String> place) {

    public DutchAddress {
        Objects.requireNonNull(postcode, "postcode");
        Objects.requireNonNull(number, "number");
        suffix = Objects.requireNonNullElse(suffix, Optional.empty());
        place = Objects.requireNonNullElse(place, Optional.<String>empty())
                .map(String::strip)
                .filter(p -> !p.isEmpty());
    }

    public static DutchAddress of(Postcode postcode, HouseNumber number, Optional<HouseNumberSuffix> suffix) {
        return new DutchAddress(postcode, number, suffix, Optional.empty());
    }

    /**
     * Parses the three fields of an address form; a suffix typed into the number field ("12a") is accepted when the
     * suffix field is empty.
     *
     * @throws nl.burgernet.domain.shared.InvalidValueException naming the part that is wrong
     */
    public static DutchAddress parse(String postcode, String houseNumber, String suffix) {
        HouseNumber.Typed typed = HouseNumber.split(houseNumber);
        String typedSuffix = suffix == null || suffix.isBlank() ? typed.suffix() : suffix;
        String typedNumber = suffix == null || suffix.isBlank() ? typed.number() : houseNumber;
        return of(Postcode.parse(postcode), HouseNumber.parse(typedNumber), HouseNumberSuffix.parse(typedSuffix));
    }

    /** The same door with a (new) place name. */
    public DutchAddress withPlace(String placeName) {
        return new DutchAddress(postcode, number, suffix, Optional.ofNullable(placeName));
    }

    /** True when both name the same door, whatever their place names say. */
    public boolean sameDoorAs(DutchAddress other) {
        return postcode.equals(other.postcode) && number.equals(other.number) && suffix.equals(other.suffix);
    }

    /** House number and suffix as printed: "12", "12A", and "12-2" when the suffix starts with a digit (not "122"). */
    public String houseNumberDisplay() {
        if (suffix.isEmpty()) {
            return number.toString();
        }
        String s = suffix.get().value();
        return Character.isDigit(s.charAt(0)) ? number + "-" + s : number + s;
    }

    /** "3601 AB 12A, Maarssen" (without the place when it is unknown). */
    public String display() {
        return postcode.display() + " " + houseNumberDisplay()
                + place.map(p -> ", " + p).orElse("");
    }
}
