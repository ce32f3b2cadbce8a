package nl.burgernet.domain.model.participant;

import nl.burgernet.domain.shared.InvalidValueException;

/**
 * Any phone number a call can reach, landline or mobile, stored in E.164 form ("+31301234567"). Accepts what people
 * write: "030 123 45 67", "06-12345678", "+31 (0)30 1234567", "0031301234567", and foreign numbers in international
 * form ("+32 2 123 45 67", "0032 2 1234567"). A Dutch number has nine digits after the 0 (or after +31).
 */
public record PhoneNumber(String e164) {

    public static final String INVALID = "phone.invalid";

    public PhoneNumber {
        if (e164 == null || !isE164(e164)) {
            throw new InvalidValueException(INVALID, "not a phone number in E.164 form: " + e164);
        }
    }

    public static PhoneNumber parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException(INVALID, "no phone number");
        }
        String digits = stripFormatting(raw.strip().replace("(0)", ""));
        String international;
        if (digits.startsWith("+")) {
            international = digits;
        } else if (digits.startsWith("00")) {
            international = "+" + digits.substring(2);
        } else if (digits.startsWith("0")) {
            international = "+31" + digits.substring(1);
        } else {
            throw new InvalidValueException(INVALID, "not a phone number: " + raw);
        }
        if (!isE164(international)) {
            throw new InvalidValueException(INVALID, "not a phone number: " + raw);
        }
        return new PhoneNumber(international);
    }

    private static String stripFormatting(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')' && c != '/' && c != '\u00a0') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** '+', a country code not starting with 0, at most 15 digits; Dutch numbers exactly +31 and nine digits. */
    private static boolean isE164(String s) {
        if (s.length() < 9 || s.length() > 16 || s.charAt(0) != '+' || s.charAt(1) == '0') {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        if (s.startsWith("+31")) {
            return s.length() == 12 && s.charAt(3) != '0';
        }
        return true;
    }

    /** How Dutch residents write it ("0301234567"); foreign numbers stay international. */
    public String national() {
        return e164.startsWith("+31") ? "0" + e164.substring(3) : e164;
    }

    @Override
    public String toString() {
        return e164;
    }
}
