package nl.burgernet.application.resident;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 over the parts of a link, truncated to 128 bits: more than enough against guessing over the network,
 * and short enough for an SMS. Parts are joined with a separator that cannot occur in them ('\n'), so two different
 * lists of parts never sign the same bytes.
 */
final class LinkSigner {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MAC_BYTES = 16;

    private final SecretKeySpec key;

    LinkSigner(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("A link secret needs at least 32 bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
    }

    String sign(String... parts) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(parts));
    }

    /** Constant-time, so the time an answer takes tells an attacker nothing about how much of a guess was right. */
    boolean verify(String mac, String... parts) {
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(mac);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(given, mac(parts));
    }

    private byte[] mac(String... parts) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] full = mac.doFinal(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(full, MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
