package nl.burgernet.infrastructure.mail.reply;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * Turns an HTML reply into plain text; no markup survives, so nothing a sender put in the HTML (scripts, styles,
 * tracking images, links) can reach the operator's screen. Quoted blocks are recognised by the markup that
 * mail clients give them, which is surer than recognising them in the text afterwards.
 */
final class HtmlReplyText {

    /** Never content: removed before anything else. */
    private static final Evaluator NOT_CONTENT = QueryParser.parse(
            "head, script, style, noscript, template, title, object, embed, iframe, frame, svg, math, form");

    /** Quoted text and signatures as Gmail, Apple Mail, Thunderbird, Yahoo and Outlook mark them. */
    private static final Evaluator QUOTES =
            QueryParser.parse("div.gmail_quote, div.gmail_extra, .gmail_signature, blockquote,"
                    + " div.moz-cite-prefix, .moz-signature, div.yahoo_quoted, .ydp_quoted, div.OutlookMessageHeader");

    /**
     * Outlook (web, new and desktop) writes no quote element: everything from these markers to the end of the
     * document is the quoted mail.
     */
    private static final Evaluator QUOTE_FROM_HERE_ON = QueryParser.parse(
            "#appendonsend, #divRplyFwdMsg, #mail-editor-reference-message-container, hr#stopSpelling");

    private static final Set<String> LINE_BREAKING = Set.of(
            "p",
            "div",
            "br",
            "li",
            "tr",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "table",
            "ul",
            "ol",
            "dl",
            "dt",
            "dd",
            "pre",
            "address",
            "section",
            "article",
            "header",
            "footer",
            "hr",
            "center",
            "blockquote");

    /** The visible text of an HTML body twice: whole, and without quoted blocks and signatures. */
    record Texts(String full, String withoutQuotes) {}

    /** Both texts from one parse: parsing is most of the cost. */
    Texts texts(String html) {
        Document doc = Jsoup.parse(html);
        doc.select(NOT_CONTENT).remove();
        String full = toText(doc.body());
        Element marker = doc.selectFirst(QUOTE_FROM_HERE_ON);
        if (marker != null) {
            removeFromHereOn(marker);
        }
        doc.select(QUOTES).remove();
        return new Texts(full, toText(doc.body()));
    }

    /** All visible text, quotes included: the original the operator can check the cut against. */
    String fullText(String html) {
        return texts(html).full();
    }

    /** The visible text without quoted blocks and signatures. */
    String newText(String html) {
        return texts(html).withoutQuotes();
    }

    /** Removes {@code marker}, everything after it, and everything after each of its ancestors. */
    private static void removeFromHereOn(Element marker) {
        Node node = marker;
        while (node != null && !(node instanceof Element e && e.tagName().equals("body"))) {
            Node sibling = node.nextSibling();
            while (sibling != null) {
                Node next = sibling.nextSibling();
                sibling.remove();
                sibling = next;
            }
            node = node.parent();
        }
        Node before = marker.previousSibling();
        marker.remove();
        if (before instanceof Element rule && rule.tagName().equals("hr")) {
            rule.remove();
        }
    }

    private static String toText(Element body) {
        if (body == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new TextCollector(out), body);
        return out.toString();
    }

    /** Writes text nodes as they would read on screen, one line per block element and per {@code <br>}. */
    private record TextCollector(StringBuilder out) implements NodeVisitor {

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                String words = inPre(text) ? text.getWholeText() : collapse(text.getWholeText());
                if (!words.isBlank() || endsWithWord()) {
                    out.append(atLineStart() ? words.stripLeading() : words);
                }
            } else if (node instanceof Element e && LINE_BREAKING.contains(e.normalName())) {
                if (e.normalName().equals("br")) {
                    out.append('\n');
                } else {
                    newLine();
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e
                    && LINE_BREAKING.contains(e.normalName())
                    && !e.normalName().equals("br")) {
                newLine();
            }
        }

        private void newLine() {
            if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        }

        private boolean atLineStart() {
            return out.isEmpty() || out.charAt(out.length() - 1) == '\n';
        }

        private boolean endsWithWord() {
            return !out.isEmpty() && !Character.isWhitespace(out.charAt(out.length() - 1));
        }

        private static boolean inPre(TextNode text) {
            for (Element e = text.parent() instanceof Element p ? p : null; e != null; e = e.parent()) {
                if (e.normalName().equals("pre")) {
                    return true;
                }
            }
            return false;
        }

        private static String collapse(String text) {
            return text.replaceAll("[ \t\r\n\f]+", " ");
        }
    }
}
