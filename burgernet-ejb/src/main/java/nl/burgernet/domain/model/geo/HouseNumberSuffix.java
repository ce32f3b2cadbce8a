package nl.burgernet.domain.model.geo;

import java.util.Optional;
import nl.burgernet.domain.shared.InvalidValueException;

/**
 * What follows the house number: the BAG's house letter and/or addition ("A", "2", "BIS", "A1"). Stored as upper-case
 * letters and digits without separators, so "12a", "12 A", "12-a" all mean the same door and compare equal with
 * what PDOK returns; at most six characters.
 */
public record HouseNumberSuffix(String value) {

    public static final int MAX_LENGTH = 6;
    public static final String INVALID = "houseNumberSuffix.invalid";

    public HouseNumberSuffix {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH || !isUpperAlphanumeric(value)) {
            throw new InvalidValueException(INVALID, "a suffix is 1-6 letters or digits: " + value);
        }
    }

    /**
     * Normalises a typed suffix: separators (space, '-', '/', '.') are dropped and letters upper-cased. Blank input
     * means "no suffix".
     */
    public static Optional<HouseNumberSuffix> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        StringBuilder normalised = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ' ' || c == '-' || c == '/' || c == '.' || c == '\u00a0') {
                continue;
            }
            normalised.append(Character.toUpperCase(c));
        }
        String candidate = normalised.toString();
        if (candidate.isEmpty() || candidate.length() > MAX_LENGTH || !isUpperAlphanumeric(candidate)) {
            throw new InvalidValueException(INVALID, "a suffix is 1-6 letters or digits: " + raw);
        }
        return Optional.of(new HouseNumberSuffix(candidate));
    }

    private static boolean isUpperAlphanumeric(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
