package nl.burgernet.smsc;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What a handset does with a short message's octets: GSM 03.38 one septet per octet for data_coding 0, UCS-2 for
 * data_coding 8. The simulator's own tables (TS 23.038 § 6.2.1), independent of the SMS plugin's codec.
 */
final class Alphabet {

    static final byte GSM = 0x00;
    static final byte UCS2 = 0x08;

    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENSION_CODES = "\n\u0014()/<=>@e";
    private static final String EXTENSION_CHARS = "\f^{}\\[~]|€";

    private Alphabet() {}

    static String decode(byte dataCoding, byte[] bytes, int offset, int length) {
        if (dataCoding == UCS2) {
            return new String(bytes, offset, length, StandardCharsets.UTF_16BE);
        }
        StringBuilder text = new StringBuilder(length);
        for (int i = offset; i < offset + length; i++) {
            int code = bytes[i] & 0x7F;
            if (code == 0x1B && i + 1 < offset + length) {
                char next = BASIC.charAt(bytes[++i] & 0x7F);
                int ext = EXTENSION_CODES.indexOf((char) (bytes[i] & 0x7F));
                text.append(ext >= 0 ? EXTENSION_CHARS.charAt(ext) : next);
            } else if (code != 0x1B) {
                text.append(BASIC.charAt(code));
            }
        }
        return text.toString();
    }

    static String name(byte dataCoding) {
        return dataCoding == UCS2 ? "UCS2" : dataCoding == GSM ? "GSM7" : "0x" + Integer.toHexString(dataCoding & 0xFF);
    }

    /** Whether a handset would send the text in the GSM alphabet. */
    static boolean isGsm(String text) {
        for (char c : text.toCharArray()) {
            if ((c == 0x1B || BASIC.indexOf(c) < 0) && EXTENSION_CHARS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A resident's answer as a handset sends it: its octets, in parts of at most 153 septets or 67 UCS-2 units when
     * it does not fit in one message (160 / 70). Escape and surrogate pairs stay within a part.
     */
    static List<byte[]> encodeInParts(String text) {
        boolean gsm = isGsm(text);
        List<byte[]> units = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (gsm) {
                int basic = c == 0x1B ? -1 : BASIC.indexOf(c);
                units.add(
                        basic >= 0
                                ? new byte[] {(byte) basic}
                                : new byte[] {0x1B, (byte) EXTENSION_CODES.charAt(EXTENSION_CHARS.indexOf(c))});
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                units.add(text.substring(i, i + 2).getBytes(StandardCharsets.UTF_16BE));
                i++;
            } else {
                units.add(String.valueOf(c).getBytes(StandardCharsets.UTF_16BE));
            }
        }
        int perUnit = gsm ? 1 : 2;
        int total = units.stream().mapToInt(u -> u.length).sum() / perUnit;
        int limit = total <= (gsm ? 160 : 70) ? Integer.MAX_VALUE : (gsm ? 153 : 67);
        List<byte[]> parts = new ArrayList<>();
        ByteArrayOutputStream part = new ByteArrayOutputStream();
        for (byte[] unit : units) {
            if ((part.size() + unit.length) / perUnit > limit) {
                parts.add(part.toByteArray());
                part.reset();
            }
            part.writeBytes(unit);
        }
        parts.add(part.toByteArray());
        return parts;
    }
}
