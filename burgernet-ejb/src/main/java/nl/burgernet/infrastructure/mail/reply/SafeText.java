package nl.burgernet.infrastructure.mail.reply;

import java.util.regex.Pattern;

/**
 * Makes untrusted text fit to show: one kind of line break, no control characters and no bidirectional
 * overrides (which can make a shown text read differently from what it is), and a length cap that never splits
 * a character in two.
 */
final class SafeText {

    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \t\u00A0]+$", Pattern.MULTILINE);
    private static final Pattern BLANK_RUNS = Pattern.compile("\n{3,}");

    private SafeText() {}

    /**
     * Line breaks as {@code \n}, unsafe characters removed, non-breaking spaces as spaces. A loop rather than a
     * regular expression: this runs over every reply's full text, and a character-class regex is many times slower.
     */
    static String clean(String text) {
        int first = 0;
        while (first < text.length() && isKept(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
                out.append('\n');
            } else if (c == '\u00A0') {
                out.append(' ');
            } else if (isKept(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether {@code c} passes unchanged: not a line break to normalise, a control or a direction override. */
    private static boolean isKept(char c) {
        if (c < 0x20) {
            return c == '\n' || c == '\t';
        }
        if (c < 0x7F) {
            return true;
        }
        return !(c <= 0x9F
                || c == '\u00A0'
                || c == '\u200B'
                || c == '\u200E'
                || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\u2028'
                || c == '\u2029'
                || c == '\uFEFF');
    }

    /** Trailing spaces gone, at most one blank line in a row, no blank lines around. */
    static String tidy(String text) {
        String trimmed = TRAILING_SPACE.matcher(text).replaceAll("");
        return BLANK_RUNS.matcher(trimmed).replaceAll("\n\n").strip();
    }

    static boolean exceeds(String text, int maxLength) {
        return text.length() > maxLength;
    }

    /** {@code text} cut to at most {@code maxLength} characters, without splitting a surrogate pair. */
    static String cap(String text, int maxLength) {
        if (text.length() <= maxLength) {
            return text;
        }
        int end = maxLength;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }
}
