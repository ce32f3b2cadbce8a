package nl.burgernet.channel.email.render;

import java.util.ArrayList;
import java.util.List;

/** Cleaning and splitting of text typed by operators and residents before it goes into a mail. */
public final class PlainText {

    private PlainText() {}

    /**
     * The text with Windows and old Mac line ends made {@code \n}, tabs kept, and every other control character and
     * the slot marker characters removed.
     */
    public static String clean(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder cleaned = new StringBuilder(unified.length());
        for (int i = 0; i < unified.length(); i++) {
            char c = unified.charAt(i);
            boolean control = Character.isISOControl(c) && c != '\n' && c != '\t';
            if (!control && c != Slot.OPEN && c != Slot.CLOSE && c != '\u2028' && c != '\u2029') {
                cleaned.append(c);
            }
        }
        return cleaned.toString().strip();
    }

    /** One line for a header or a title: every line break and control character becomes a single space. */
    public static String oneLine(String text) {
        return clean(text).replaceAll("\\s+", " ");
    }

    /** Paragraphs (separated by blank lines), each a list of its lines; blank input gives no paragraphs. */
    public static List<List<String>> paragraphs(String text) {
        List<List<String>> paragraphs = new ArrayList<>();
        String cleaned = clean(text);
        if (cleaned.isEmpty()) {
            return paragraphs;
        }
        for (String paragraph : cleaned.split("\\n\\s*\\n")) {
            List<String> lines = paragraph.strip().lines().map(String::strip).toList();
            if (!lines.isEmpty()) {
                paragraphs.add(lines);
            }
        }
        return paragraphs;
    }
}
