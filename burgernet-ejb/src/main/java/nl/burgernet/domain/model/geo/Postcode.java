package nl.burgernet.domain.model.geo;

import java.util.Set;
import nl.burgernet.domain.shared.InvalidValueException;

/**
 * A Dutch postcode: four digits not starting with 0 and two letters, stored as "3601AB". PostNL never issues the
 * letter pairs SA, SD and SS, so those are refused too.
 */
public record Postcode(String value) {

    public static final String INVALID = "postcode.invalid";
    public static final String REQUIRED = "postcode.required";

    private static final Set<String> NEVER_ISSUED = Set.of("SA", "SD", "SS");

    public Postcode {
        if (!isCanonical(value)) {
            throw new InvalidValueException(INVALID, "not a Dutch postcode like 3601AB: " + value);
        }
    }

    /** Accepts what people type ("3601 ab", " 3601AB ", "3601-AB") and normalises it to "3601AB". */
    public static Postcode parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException(REQUIRED, "no postcode");
        }
        StringBuilder compact = new StringBuilder(6);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != ' ' && c != '-' && c != '\u00a0' && c != '\t') {
                compact.append(Character.toUpperCase(c));
            }
        }
        String candidate = compact.toString();
        if (!isCanonical(candidate)) {
            throw new InvalidValueException(INVALID, "not a Dutch postcode like 3601 AB: " + raw);
        }
        return new Postcode(candidate);
    }

    private static boolean isCanonical(String s) {
        return s != null
                && s.length() == 6
                && s.charAt(0) >= '1'
                && s.charAt(0) <= '9'
                && isDigit(s.charAt(1))
                && isDigit(s.charAt(2))
                && isDigit(s.charAt(3))
                && isLetter(s.charAt(4))
                && isLetter(s.charAt(5))
                && !NEVER_ISSUED.contains(s.substring(4));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** The four digits ("PC4"): the postcode area, e.g. 3601 for part of Maarssen. */
    public int area() {
        return Integer.parseInt(value.substring(0, 4));
    }

    /** The way it is printed on letters: "3601 AB". */
    public String display() {
        return value.substring(0, 4) + " " + value.substring(4);
    }

    @Override
    public String toString() {
        return value;
    }
}
