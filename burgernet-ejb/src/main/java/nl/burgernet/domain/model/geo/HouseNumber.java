package nl.burgernet.domain.model.geo;

import nl.burgernet.domain.shared.InvalidValueException;

/** A house number as the BAG (the national address register) knows it: 1 to 99999, without letter or suffix. */
public record HouseNumber(int value) {

    public static final int MAX = 99_999;
    public static final String REQUIRED = "houseNumber.required";
    public static final String INVALID = "houseNumber.invalid";

    public HouseNumber {
        if (value < 1 || value > MAX) {
            throw new InvalidValueException(INVALID, "house numbers run from 1 to 99999: " + value);
        }
    }

    /** Digits only ("12", " 012 "); a typed suffix must be split off first with {@link #split(String)}. */
    public static HouseNumber parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException(REQUIRED, "no house number");
        }
        String digits = raw.strip();
        if (digits.length() > 5 + leadingZeros(digits) || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidValueException(INVALID, "not a house number: " + raw);
        }
        return new HouseNumber(Integer.parseInt(digits));
    }

    private static int leadingZeros(String digits) {
        int n = 0;
        while (n < digits.length() - 1 && digits.charAt(n) == '0') {
            n++;
        }
        return n;
    }

    /**
     * Splits what people type in a single house-number field into number and suffix: "12a" → 12 + "a", "12-2" →
     * 12 + "-2", "12 bis" → 12 + " bis". Nothing is validated here, so the caller can report each part separately.
     */
    public static Typed split(String typed) {
        if (typed == null) {
            return new Typed("", "");
        }
        String s = typed.strip();
        int end = 0;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        if (end == 0) {
            return new Typed(s, "");
        }
        return new Typed(s.substring(0, end), s.substring(end));
    }

    /** The two parts of a typed house number, still raw. */
    public record Typed(String number, String suffix) {}

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
