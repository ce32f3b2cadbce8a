package nl.burgernet.application.resident;

/** The mails a resident's own actions cause; each has its texts under its key in {@code mail.properties}. */
public enum ResidentMailKind {
    /** Double opt-in after signing up. */
    CONFIRM_SIGN_UP("confirmSignUp"),
    /** The resident changed their address on the settings page: the new one is confirmed before it gets alerts. */
    CONFIRM_NEW_EMAIL("confirmNewEmail"),
    /** Someone signed up with an address that is registered already: tell the owner, give them their link. */
    ALREADY_REGISTERED("alreadyRegistered"),
    /** "Send me my personal link". */
    PERSONAL_LINK("personalLink");

    private final String key;

    ResidentMailKind(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }
}
