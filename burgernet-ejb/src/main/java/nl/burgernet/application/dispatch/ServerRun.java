package nl.burgernet.application.dispatch;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * This run of the server (from deployment to shutdown). Every claim on deliveries starts with its id, so a claim can
 * tell whose it is: one of this run's own is alive until its lane gives up on it, while one of another run may
 * belong to a server that died and is in doubt after the claim timeout.
 */
public final class ServerRun {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Eight hex digits, new at every deployment. */
    public static final String ID = hex(4);

    private ServerRun() {}

    /** A claim token of this run: its id, '-', and 96 random bits (33 characters). */
    public static String newClaimToken() {
        return ID + "-" + hex(12);
    }

    /** The SQL LIKE pattern of this run's claim tokens. */
    public static String ownTokens() {
        return ID + "-%";
    }

    private static String hex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
