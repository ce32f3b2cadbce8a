package nl.burgernet.channel.sms.smpp;

/**
 * No bound session to submit on: the SMSC cannot be reached, or it refused the login. The message is for operators and
 * never holds the password.
 */
public final class SmscUnavailable extends Exception {

    private final boolean refused;

    SmscUnavailable(String message, boolean refused) {
        super(message);
        this.refused = refused;
    }

    /** The SMSC answered and said no (wrong password, unknown system id): trying again at once will not help. */
    public boolean refused() {
        return refused;
    }
}
