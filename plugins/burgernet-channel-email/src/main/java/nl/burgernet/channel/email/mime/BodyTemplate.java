package nl.burgernet.channel.email.mime;

import com.github.mustachejava.util.HtmlEscaper;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.burgernet.channel.email.render.RenderedMail;
import nl.burgernet.channel.email.render.Slot;

/**
 * The multipart/alternative body of one batch, encoded once: fixed pieces are quoted-printable bytes ready for the
 * wire, and holes mark where each recipient's greeting and links go. Filling it for a recipient encodes only those
 * few short values and copies bytes, which is what keeps the cost per recipient small.
 */
final class BodyTemplate {

    /** A piece of the body: fixed bytes, or a hole for a slot in the plain-text or the HTML part. */
    private sealed interface Piece {}

    private record Fixed(byte[] bytes) implements Piece {}

    private record Hole(Slot slot, boolean html) implements Piece {}

    private final List<Piece> pieces;
    private final int fixedLength;

    private BodyTemplate(List<Piece> pieces) {
        this.pieces = List.copyOf(pieces);
        this.fixedLength = pieces.stream()
                .mapToInt(p -> p instanceof Fixed fixed ? fixed.bytes().length : 0)
                .sum();
    }

    /**
     * Encodes the rendered mail as a text/plain and a text/html part. The boundary must start with {@code =_}:
     * quoted-printable always encodes {@code =}, so encoded content can never contain it.
     */
    static BodyTemplate of(RenderedMail mail, String boundary) {
        if (!boundary.startsWith("=_")) {
            throw new IllegalArgumentException("The boundary must start with =_ to stay out of encoded content");
        }
        List<Piece> pieces = new ArrayList<>();
        pieces.add(ascii("--" + boundary + "\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n\r\n"));
        addPart(pieces, mail.text(), false);
        pieces.add(ascii("\r\n--" + boundary + "\r\n"
                + "Content-Type: text/html; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n\r\n"));
        addPart(pieces, mail.html(), true);
        pieces.add(ascii("\r\n--" + boundary + "--\r\n"));
        return new BodyTemplate(pieces);
    }

    private static void addPart(List<Piece> pieces, String content, boolean html) {
        int from = 0;
        while (true) {
            int open = content.indexOf(Slot.OPEN, from);
            if (open < 0) {
                pieces.add(new Fixed(QuotedPrintable.encodePiece(content.substring(from))));
                return;
            }
            int close = content.indexOf(Slot.CLOSE, open);
            pieces.add(new Fixed(QuotedPrintable.encodePiece(content.substring(from, open))));
            pieces.add(new Hole(Slot.valueOf(content.substring(open + 1, close)), html));
            from = close + 1;
        }
    }

    /** The body for one recipient; {@code values} holds the plain text of every slot. */
    byte[] fill(Map<Slot, String> values) {
        Map<Slot, byte[]> text = new EnumMap<>(Slot.class);
        Map<Slot, byte[]> html = new EnumMap<>(Slot.class);
        int length = fixedLength;
        for (Piece piece : pieces) {
            if (piece instanceof Hole hole) {
                Map<Slot, byte[]> encoded = hole.html() ? html : text;
                byte[] bytes = encoded.computeIfAbsent(hole.slot(), slot -> encodeValue(values.get(slot), hole.html()));
                length += bytes.length;
            }
        }
        byte[] body = new byte[length];
        int at = 0;
        for (Piece piece : pieces) {
            byte[] bytes =
                    switch (piece) {
                        case Fixed fixed -> fixed.bytes();
                        case Hole hole -> (hole.html() ? html : text).get(hole.slot());
                    };
            System.arraycopy(bytes, 0, body, at, bytes.length);
            at += bytes.length;
        }
        return body;
    }

    private static byte[] encodeValue(String value, boolean html) {
        if (value == null) {
            throw new IllegalArgumentException("A slot has no value");
        }
        if (!html) {
            return QuotedPrintable.encodePiece(value);
        }
        StringWriter escaped = new StringWriter(value.length() + 16);
        HtmlEscaper.escape(value, escaped);
        return QuotedPrintable.encodePiece(escaped.toString());
    }

    private static Fixed ascii(String text) {
        return new Fixed(text.getBytes(StandardCharsets.US_ASCII));
    }
}
