package nl.burgernet.infrastructure.mail.reply;

import java.util.regex.Pattern;

/**
 * Makes untrusted text fit to show: one kind of line break, no control characters and no bidirectional
 * overrides (which can make a shown text read differently from what it is), and a length cap that never splits
 * a character in two.
 */
final class SafeText {

    private static final Pattern LINE_BREAKS = Pattern.compile("\r\n?|[\u0085\u2028\u2029]");
    private static final Pattern UNSAFE = Pattern.compile(
            "[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]");
    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \t\u00A0]+$", Pattern.MULTILINE);
    private static final Pattern BLANK_RUNS = Pattern.compile("\n{3,}");

    private SafeText() {}

    /** Line breaks as {@code \n}, unsafe characters removed, non-breaking spaces as spaces. */
    static String clean(String text) {
        String lf = LINE_BREAKS.matcher(text).replaceAll("\n");
        return UNSAFE.matcher(lf).replaceAll("").replace('\u00A0', ' ');
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
