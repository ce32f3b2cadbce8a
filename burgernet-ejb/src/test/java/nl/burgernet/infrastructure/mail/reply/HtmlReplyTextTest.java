package nl.burgernet.infrastructure.mail.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlReplyTextTest {

    private final HtmlReplyText html = new HtmlReplyText();

    @Test
    void scriptsStylesAndMarkupNeverReachTheText() {
        String text = html.newText("<html><head><style>p{color:red}</style><script>alert('x')</script></head>"
                + "<body onload=\"steal()\"><p>Ik zag <a href=\"javascript:alert(1)\">hem</a>.</p>"
                + "<script>document.write('x')</script><iframe src=\"https://evil.example\">frame</iframe>"
                + "<img src=\"https://tracker.example/p.gif\"><svg><text>svg</text></svg></body></html>");
        assertEquals("Ik zag hem.", text.strip());
    }

    @Test
    void escapedMarkupStaysPlainText() {
        assertEquals(
                "<script>alert(1)</script>",
                html.newText("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>").strip());
    }

    @Test
    void gmailQuoteAndSignatureAreRemoved() {
        String text = html.newText("<div dir=\"ltr\">Gezien.</div><div class=\"gmail_signature\">Jan</div>"
                + "<div class=\"gmail_quote\"><div class=\"gmail_attr\">Op vr 3 apr 2026 schreef B:</div>"
                + "<blockquote class=\"gmail_quote\">Beste deelnemer</blockquote></div>");
        assertEquals("Gezien.", text.strip());
    }

    @Test
    void appleAndThunderbirdCitationsAreRemovedButTextBelowStays() {
        String text = html.newText("<div class=\"moz-cite-prefix\">On 03-04-2026 14:02, B wrote:<br></div>"
                + "<blockquote type=\"cite\">Beste deelnemer</blockquote><p>Onder de quote.</p>");
        assertEquals("Onder de quote.", text.strip());
    }

    @Test
    void outlookWebMarkerCutsEverythingAfterItAlsoOutsideItsParent() {
        String text = html.newText("<div><div>Boven.</div><div id=\"appendonsend\"></div><div>quote 1</div></div>"
                + "<hr><div id=\"divRplyFwdMsg\">Van: B</div><div>quote 2</div>");
        assertEquals("Boven.", text.strip());
    }

    @Test
    void blocksAndBreaksBecomeLinesAndInlineElementsDoNot() {
        assertEquals(
                "Eerste regel\ntweede regel\nDerde met vet woord\n\nVierde",
                html.newText("<div>Eerste regel<br>tweede regel</div><p>Derde met <b>vet</b> woord</p>"
                                + "<div><br></div><div>Vierde</div>")
                        .strip());
    }

    @Test
    void preformattedTextKeepsItsSpacing() {
        assertTrue(html.newText("<pre>a   b\n  c</pre>").contains("a   b\n  c"));
    }

    @Test
    void fullTextKeepsTheQuotesForTheOperator() {
        String full = html.fullText(
                "<p>Gezien.</p><blockquote type=\"cite\">Beste deelnemer</blockquote>" + "<script>alert(1)</script>");
        assertTrue(full.contains("Gezien."));
        assertTrue(full.contains("Beste deelnemer"));
        assertFalse(full.contains("alert"));
    }
}
