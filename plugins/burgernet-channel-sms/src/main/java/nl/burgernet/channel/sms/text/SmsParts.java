package nl.burgernet.channel.sms.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into what goes into each submit_sm's short_message: one part as it is, or several parts each behind a
 * concatenation header (UDH, IEI 0x00 with an 8-bit reference). A cut never falls inside a GSM escape pair or a
 * UTF-16 surrogate pair, so every part decodes on its own.
 *
 * @param encoding how the text is encoded
 * @param payloads the short_message of each part, header included when there are several
 */
public record SmsParts(SmsEncoding encoding, List<byte[]> payloads) {

    /** Octets of the concatenation header: length, IEI, IE length, reference, total, sequence. */
    public static final int HEADER_LENGTH = 6;

    /** How many parts the text needs, in its smallest encoding. */
    public static int count(String text) {
        return pieces(text, SmsEncoding.forText(text)).size();
    }

    /** Whether the text fits in at most {@code maxParts} parts. */
    public static boolean fits(String text, int maxParts) {
        return count(text) <= maxParts;
    }

    /** The text in its smallest encoding, cut into parts; {@code reference} ties the parts together (0 to 255). */
    public static SmsParts of(String text, int reference) {
        SmsEncoding encoding = SmsEncoding.forText(text);
        List<String> pieces = pieces(text, encoding);
        List<byte[]> payloads = new ArrayList<>(pieces.size());
        if (pieces.size() == 1) {
            payloads.add(encoding.encode(pieces.get(0)));
        } else {
            for (int i = 0; i < pieces.size(); i++) {
                byte[] body = encoding.encode(pieces.get(i));
                byte[] payload = new byte[HEADER_LENGTH + body.length];
                payload[0] = 0x05;
                payload[1] = 0x00;
                payload[2] = 0x03;
                payload[3] = (byte) reference;
                payload[4] = (byte) pieces.size();
                payload[5] = (byte) (i + 1);
                System.arraycopy(body, 0, payload, HEADER_LENGTH, body.length);
                payloads.add(payload);
            }
        }
        return new SmsParts(encoding, List.copyOf(payloads));
    }

    public boolean concatenated() {
        return payloads.size() > 1;
    }

    private static List<String> pieces(String text, SmsEncoding encoding) {
        int total = 0;
        for (int i = 0; i < text.length(); i++) {
            total += encoding.units(text.charAt(i));
        }
        if (total <= encoding.singleLimit()) {
            return List.of(text);
        }
        List<String> pieces = new ArrayList<>();
        int start = 0;
        int used = 0;
        int i = 0;
        while (i < text.length()) {
            char character = text.charAt(i);
            // A surrogate pair is one character and moves to the next part as a whole.
            int width = Character.isHighSurrogate(character)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))
                    ? 2
                    : 1;
            int units = encoding == SmsEncoding.GSM7 ? encoding.units(character) : width;
            if (used + units > encoding.partLimit()) {
                pieces.add(text.substring(start, i));
                start = i;
                used = 0;
            }
            used += units;
            i += width;
        }
        pieces.add(text.substring(start));
        return pieces;
    }
}
