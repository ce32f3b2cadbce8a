package nl.burgernet.domain.model.reply;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The unguessable token in a reply address ({@code reply+KEY@domain}) that ties a resident's answer to one
 * delivery. URL-safe base64 or base32 characters, 16 to 32 of them, so it survives in an address local part and
 * in a Message-ID. Keys made by {@link #random()} are lower-case base32: some mail servers change the case of a
 * local part, and such a key still reads back the same after lower-casing.
 */
public record ReplyKey(String value) {

    public static final int MIN_LENGTH = 16;
    public static final int MAX_LENGTH = 32;

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{" + MIN_LENGTH + "," + MAX_LENGTH + "}");
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final int RANDOM_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    public ReplyKey {
        if (!isValid(value)) {
            throw new IllegalArgumentException("A reply key has " + MIN_LENGTH + " to " + MAX_LENGTH
                    + " characters from A-Z, a-z, 0-9, '-' and '_': " + value);
        }
    }

    /** Whether {@code candidate} has the form of a reply key. */
    public static boolean isValid(String candidate) {
        return candidate != null && FORMAT.matcher(candidate).matches();
    }

    /** The key in {@code candidate}, or empty when it does not have the form of one (input from mail is untrusted). */
    public static Optional<ReplyKey> parse(String candidate) {
        return isValid(candidate) ? Optional.of(new ReplyKey(candidate)) : Optional.empty();
    }

    /** A fresh key: 128 random bits as 26 lower-case base32 characters. */
    public static ReplyKey random() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        StringBuilder key = new StringBuilder(26);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                key.append(BASE32[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            key.append(BASE32[(buffer << (5 - bits)) & 31]);
        }
        return new ReplyKey(key.toString().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
