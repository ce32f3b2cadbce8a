package nl.burgernet.domain.model.participant;

import nl.burgernet.domain.shared.InvalidValueException;

/**
 * A Dutch mobile number, stored in E.164 form ("+31612345678") as SMS and voice providers want it. Accepts what
 * people write: "06 12345678", "06-12 34 56 78", "+31 6 12345678", "+31 (0)6 12345678", "0031612345678". Only 06
 * numbers are accepted: Burgernet texts and calls Dutch mobiles, and the check catches landlines typed by mistake.
 */
public record MobileNumber(String e164) {

    public static final String INVALID = "mobile.invalid";

    public MobileNumber {
        if (e164 == null || !isDutchMobileE164(e164)) {
            throw new InvalidValueException(INVALID, "not a Dutch mobile number in E.164 form: " + e164);
        }
    }

    public static MobileNumber parse(String raw) {
        if (raw == null) {
            throw new InvalidValueException(INVALID, "no mobile number");
        }
        String digits = stripFormatting(raw.strip().replace("(0)", ""));
        String national;
        if (digits.startsWith("+31")) {
            national = "0" + digits.substring(3);
        } else if (digits.startsWith("0031")) {
            national = "0" + digits.substring(4);
        } else {
            national = digits;
        }
        String candidate = national.startsWith("0") ? "+31" + national.substring(1) : "";
        if (!isDutchMobileE164(candidate)) {
            throw new InvalidValueException(INVALID, "not a Dutch mobile number: " + raw);
        }
        return new MobileNumber(candidate);
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

    /** +316 followed by eight digits, the first not 0 (06-0 is not in use). */
    private static boolean isDutchMobileE164(String s) {
        if (s.length() != 12 || !s.startsWith("+316") || s.charAt(4) == '0') {
            return false;
        }
        for (int i = 4; i < 12; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** How Dutch residents write it: "06 12345678". */
    public String national() {
        return "06 " + e164.substring(4);
    }

    @Override
    public String toString() {
        return e164;
    }
}
