package nl.burgernet.infrastructure.mail.reply;

/**
 * Undoes {@code format=flowed} (RFC 3676), which Thunderbird and Apple Mail send: a line ending in a space goes
 * on in the next line. Joining them first lets a wrapped attribution line read as one line.
 */
final class FlowedText {

    private static final String SIGNATURE_DELIMITER = "-- ";

    private FlowedText() {}

    static String decode(String text, boolean deleteSpace) {
        StringBuilder out = new StringBuilder(text.length());
        StringBuilder paragraph = null;
        int paragraphDepth = 0;
        for (String line : text.split("\n", -1)) {
            int depth = 0;
            while (depth < line.length() && line.charAt(depth) == '>') {
                depth++;
            }
            String content = line.substring(depth);
            if (content.startsWith(" ")) {
                content = content.substring(1);
            }
            boolean flowed = content.endsWith(" ") && !content.equals(SIGNATURE_DELIMITER);
            if (flowed && deleteSpace) {
                content = content.substring(0, content.length() - 1);
            }
            if (paragraph != null && paragraphDepth != depth) {
                appendLine(out, paragraphDepth, paragraph);
                paragraph = null;
            }
            if (paragraph == null) {
                paragraph = new StringBuilder();
                paragraphDepth = depth;
            }
            paragraph.append(content);
            if (!flowed) {
                appendLine(out, depth, paragraph);
                paragraph = null;
            }
        }
        if (paragraph != null) {
            appendLine(out, paragraphDepth, paragraph);
        }
        return out.isEmpty() ? "" : out.substring(0, out.length() - 1);
    }

    private static void appendLine(StringBuilder out, int depth, CharSequence content) {
        if (depth > 0) {
            out.append(">".repeat(depth)).append(' ');
        }
        out.append(content).append('\n');
    }
}
