package nl.burgernet.domain.model.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The key a control-room system sends: {@code bnk_<prefix>_<secret>}. The secret is 256 random bits (base64url,
 * 43 characters); the prefix (8 lower-case letters and digits) is public and tells keys apart in the admin's list.
 * The fixed shape lets a mistyped or truncated key be refused before any database lookup.
 *
 * <p>Only {@link #hash()} is stored. A fast, unsalted SHA-256 is the right tool here, unlike for passwords: slow,
 * salted hashes exist to make guessing low-entropy passwords expensive, but nobody can guess or brute-force 256
 * random bits whatever the hash costs; and an unsalted hash is deterministic, so a key is found by an indexed
 * lookup of its hash instead of checking every stored key. {@link #toString()} never shows the secret.
 */
public final class ApiKeySecret {

    public static final String SCHEME = "bnk";
    public static final int PREFIX_LENGTH = 8;
    public static final int SECRET_BYTES = 32;
    private static final int SECRET_LENGTH = 43;
    /** The length of every well-formed key. */
    public static final int LENGTH = SCHEME.length() + 1 + PREFIX_LENGTH + 1 + SECRET_LENGTH;

    private static final String PREFIX_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final Pattern SHAPE =
            Pattern.compile(SCHEME + "_[a-z0-9]{" + PREFIX_LENGTH + "}_[A-Za-z0-9_-]{" + SECRET_LENGTH + "}");

    private final String prefix;
    private final String secret;

    private ApiKeySecret(String prefix, String secret) {
        this.prefix = prefix;
        this.secret = secret;
    }

    public static ApiKeySecret generate(SecureRandom random) {
        StringBuilder prefix = new StringBuilder(PREFIX_LENGTH);
        for (int i = 0; i < PREFIX_LENGTH; i++) {
            prefix.append(PREFIX_ALPHABET.charAt(random.nextInt(PREFIX_ALPHABET.length())));
        }
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return new ApiKeySecret(
                prefix.toString(), Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The key as presented in a request, if it has the shape of one (surrounding white space ignored). */
    public static Optional<ApiKeySecret> parse(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        String key = presented.strip();
        if (key.length() != LENGTH || !SHAPE.matcher(key).matches()) {
            return Optional.empty();
        }
        int secretStart = SCHEME.length() + 1 + PREFIX_LENGTH + 1;
        return Optional.of(
                new ApiKeySecret(key.substring(SCHEME.length() + 1, secretStart - 1), key.substring(secretStart)));
    }

    /** The full key, to show once when it is created. */
    public String value() {
        return SCHEME + "_" + prefix + "_" + secret;
    }

    public String prefix() {
        return prefix;
    }

    /** SHA-256 of the full key, 64 lower-case hex digits: what the database keeps. */
    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value().getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** How a key is shown once it has been created: its public part only. */
    public static String masked(String prefix) {
        return SCHEME + "_" + prefix + "_…";
    }

    @Override
    public String toString() {
        return masked(prefix);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApiKeySecret other
                && MessageDigest.isEqual(
                        value().getBytes(StandardCharsets.US_ASCII),
                        other.value().getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public int hashCode() {
        return prefix.hashCode();
    }
}
