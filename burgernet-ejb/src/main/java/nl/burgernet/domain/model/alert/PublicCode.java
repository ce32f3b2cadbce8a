package nl.burgernet.domain.model.alert;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The code in an alert's short public link ({@code /a/K7QX2M9P}): eight characters from an alphabet without the
 * look-alikes 0/O and 1/I/L, so it can be read out and typed from an SMS, and random, so one alert's page does not lead
 * to the next (31^8, about 8.5 × 10^11 codes).
 */
public final class PublicCode {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PublicCode() {}

    public static String random() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed (any case, spaces around it), or empty when it cannot be one. */
    public static Optional<String> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.strip().toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH) {
            return Optional.empty();
        }
        for (int i = 0; i < code.length(); i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(code);
    }
}
