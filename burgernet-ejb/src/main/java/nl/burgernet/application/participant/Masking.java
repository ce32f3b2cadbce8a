package nl.burgernet.application.participant;

/** Shortens contact details so a table shows whom it lists without handing out their address or number. */
final class Masking {

    private Masking() {}

    static String email(String email) {
        if (email == null || email.isBlank()) {
            return "";
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    static String mobile(String mobile) {
        if (mobile == null || mobile.length() < 4) {
            return mobile == null ? "" : "***";
        }
        return "***" + mobile.substring(mobile.length() - 3);
    }
}
