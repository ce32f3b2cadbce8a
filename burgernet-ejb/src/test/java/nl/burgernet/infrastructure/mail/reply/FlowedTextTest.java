package nl.burgernet.infrastructure.mail.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FlowedTextTest {

    @Test
    void linesEndingInASpaceAreJoinedWithTheNext() {
        assertEquals(
                "Ik zag een man op de scooter.\nTweede alinea.",
                FlowedText.decode("Ik zag een man \nop de scooter.\nTweede alinea.", false));
    }

    @Test
    void quotedParagraphsAreJoinedPerQuoteDepthAndKeepTheirMarker() {
        assertEquals(
                "> Beste deelnemer, de politie zoekt\n>> ouder citaat\nantwoord",
                FlowedText.decode("> Beste deelnemer, \n> de politie zoekt\n>> ouder citaat\nantwoord", false));
    }

    @Test
    void delSpRemovesTheSpaceThatMarkedTheSoftBreak() {
        assertEquals("Vechtsebanen", FlowedText.decode("Vechtse \nbanen", true));
    }

    @Test
    void signatureDelimiterAndSpaceStuffingSurvive() {
        assertEquals("tekst\n-- \nJan\nFrom here", FlowedText.decode("tekst\n-- \nJan\n From here", false));
    }
}
