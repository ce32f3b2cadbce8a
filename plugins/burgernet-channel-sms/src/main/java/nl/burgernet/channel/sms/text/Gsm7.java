package nl.burgernet.channel.sms.text;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * The GSM 03.38 (3GPP TS 23.038) default alphabet with its extension table, one septet per octet ("unpacked"). jSMPP
 * ships no such codec, and Java's charsets have none either. Characters of the extension table take two septets: the
 * escape {@code 0x1B} and their code.
 */
public final class Gsm7 {

    /** The escape to the extension table. */
    public static final int ESCAPE = 0x1B;

    /** The basic table, code 0x00 to 0x7F in order; 0x1B is the escape, not a character. */
    static final String BASIC_TABLE = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    /** The extension table: code after the escape, and its character. */
    static final Map<Integer, Character> EXTENSION_TABLE = Map.of(
            0x0A, '\f', 0x14, '^', 0x28, '{', 0x29, '}', 0x2F, '\\', 0x3C, '[', 0x3D, '~', 0x3E, ']', 0x40, '|', 0x65,
            '€');

    private static final Map<Character, Integer> BASIC_CODES = new HashMap<>();
    private static final Map<Character, Integer> EXTENSION_CODES = new HashMap<>();

    static {
        if (BASIC_TABLE.length() != 128) {
            throw new ExceptionInInitializerError("The GSM basic table has 128 codes, not " + BASIC_TABLE.length());
        }
        for (int code = 0; code < 128; code++) {
            if (code != ESCAPE) {
                BASIC_CODES.put(BASIC_TABLE.charAt(code), code);
            }
        }
        EXTENSION_TABLE.forEach((code, character) -> EXTENSION_CODES.put(character, code));
    }

    private Gsm7() {}

    /** Whether every character of the text is in the basic or the extension table. */
    public static boolean canEncode(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (septets(text.charAt(i)) == 0) {
                return false;
            }
        }
        return true;
    }

    /** How many septets one character takes: 1 in the basic table, 2 in the extension table, 0 if it has none. */
    public static int septets(char character) {
        if (BASIC_CODES.containsKey(character)) {
            return 1;
        }
        return EXTENSION_CODES.containsKey(character) ? 2 : 0;
    }

    /** How many septets the text takes; the text must be {@linkplain #canEncode encodable}. */
    public static int septets(CharSequence text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            count += septets(text.charAt(i));
        }
        return count;
    }

    /** The text as septets, one per octet. */
    public static byte[] encode(CharSequence text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char character = text.charAt(i);
            Integer code = BASIC_CODES.get(character);
            if (code == null) {
                code = EXTENSION_CODES.get(character);
                if (code == null) {
                    throw new IllegalArgumentException("'" + character + "' (U+"
                            + String.format("%04X", (int) character) + ") is not in the GSM 7-bit alphabet");
                }
                out.write(ESCAPE);
            }
            out.write(code);
        }
        return out.toByteArray();
    }

    /**
     * Septets, one per octet, as text. An escape followed by a code the extension table lacks reads as the basic
     * table's character, as TS 23.038 asks of a receiver.
     */
    public static String decode(byte[] septets, int offset, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = offset; i < offset + length; i++) {
            int code = septets[i] & 0x7F;
            if (code == ESCAPE && i + 1 < offset + length) {
                int next = septets[++i] & 0x7F;
                Character extension = EXTENSION_TABLE.get(next);
                text.append(extension != null ? extension : BASIC_TABLE.charAt(next));
            } else if (code != ESCAPE) {
                text.append(BASIC_TABLE.charAt(code));
            }
        }
        return text.toString();
    }

    public static String decode(byte[] septets) {
        return decode(septets, 0, septets.length);
    }
}
