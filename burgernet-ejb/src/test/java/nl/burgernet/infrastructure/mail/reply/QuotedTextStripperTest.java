package nl.burgernet.infrastructure.mail.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuotedTextStripperTest {

    private final QuotedTextStripper stripper = new QuotedTextStripper();

    private String strip(String text) {
        return stripper.strip(text).text();
    }

    @Test
    void textBeforeAClosingIsKeptAndTheClosingWithTheNameIsDropped() {
        assertEquals(
                "Ik zag hem om 14:00 bij de kerk.",
                strip("Ik zag hem om 14:00 bij de kerk.\nMet vriendelijke groet,\nJan Jansen\n06-12345678"));
        assertEquals("Ik zag hem.", strip("Ik zag hem.\n\nMet vriendelijke groet, Jan Jansen"));
        assertEquals("Seen him.", strip("Seen him.\n\nKind regards,\nMary"));
    }

    @Test
    void aPostscriptAfterTheClosingKeepsTheClosingToo() {
        String text = "Ik zag hem.\n\nMet vriendelijke groet,\nJan\n\nPS: ik heb ook een foto gemaakt.";
        assertEquals(text, strip(text));
    }

    @Test
    void aClosingInTheMiddleOfLongTextIsContent() {
        String text =
                "Groeten uit Maarssen\nIk zag de man om 13.40 uur bij de bushalte staan en hij keek steeds om zich heen"
                        + " alsof hij op iemand wachtte.";
        assertEquals(text, strip(text));
    }

    @Test
    void aDutchSentenceStartingWithOpIsNotAnAttribution() {
        String text = "Op de muur schreef hij iets:\nEen grote rode letter A.\n\nDat was echt zo.";
        assertEquals(text, strip(text));
    }

    @Test
    void attributionWrappedOverThreeLinesIsRecognised() {
        assertEquals(
                "Yes, I saw him.",
                strip(
                        "Yes, I saw him.\n\nOn Fri, Apr 3, 2026 at 2:02 PM Burgernet\n"
                                + "Stichtse Vecht <reply+abcdefghijklmnop@reply.burgernet.example>\nwrote:\n\n> Beste deelnemer,"));
    }

    @Test
    void appleAttributionWrappedBeforeGeschrevenIsRecognised() {
        assertEquals(
                "Ja.",
                strip("Ja.\n\nOp 3 apr. 2026 om 14:02 heeft Burgernet <reply+x@b.example> het volgende\n"
                        + "geschreven:\n\n> Beste deelnemer,"));
    }

    @Test
    void attributionFollowedByUnquotedTextEndsTheReply() {
        assertEquals(
                "Ja, gezien.",
                strip("Ja, gezien.\n\nOp 3 april 2026 om 14:02 schreef Burgernet <b@x.example>:\n"
                        + "Beste deelnemer,\nDe politie zoekt een man."));
    }

    @Test
    void dutchOutlookHeaderBlockEndsTheReply() {
        assertEquals(
                "Niets gezien, sorry.",
                strip(
                        "Niets gezien, sorry.\n\nVan: Burgernet <b@x.example>\n"
                                + "Verzonden: vrijdag 3 april 2026 14:02\nAan: jan@example.nl\nOnderwerp: Burgernetactie\n\nBeste deelnemer,"));
        assertEquals("Niets.", strip("Niets.\n\n-----Oorspronkelijk bericht-----\nVan: Burgernet\nBeste deelnemer,"));
    }

    @Test
    void aLineStartingWithVanIsContentWhenNoHeaderBlockFollows() {
        String text = "Van: mijn raam zag ik een man\nlopen met een tas.\n\nDaarna reed hij weg.";
        assertEquals(text, strip(text));
    }

    @Test
    void phoneSignaturesAreDroppedInDutchAndEnglish() {
        assertEquals("Yes", strip("Yes\n\nSent from my iPhone"));
        assertEquals("Ja", strip("Ja\n\nVerzonden vanaf mijn Samsung Galaxy-smartphone."));
        assertEquals(
                "Ja",
                strip("Ja\n\nVerstuurd vanaf mijn iPad\n\n> Op 3 apr 2026 om 14:02 heeft x het volgende geschreven:"));
    }

    @Test
    void textThatMerelyStartsLikeAPhoneSignatureIsKept() {
        String text =
                "Verzonden met de post heb ik ook een brief, maar dit wilde ik nog zeggen:\nDe man had een baard.";
        assertEquals(text, strip(text));
    }

    @Test
    void bottomPostedTextBelowTheQuoteIsKept() {
        assertEquals(
                "Ik zag hem bij de kerk.",
                strip("On 03-04-2026 14:02, Burgernet wrote:\n> Heeft u iets gezien?\n\n"
                        + "Ik zag hem bij de kerk.\n\n-- \nJan"));
    }

    @Test
    void signatureIsDroppedButAnAnswerAfterTheNextQuoteIsKept() {
        assertEquals("Eerste.\n\nTweede.", strip("Eerste.\n-- \nJan\n> vraag\nTweede."));
    }

    @Test
    void forwardMarkerEndsTheTextAndIsReported() {
        QuotedTextStripper.Result result =
                stripper.strip("Zie hieronder.\n\n---------- Doorgestuurd bericht ---------\nVan: Burgernet");
        assertEquals("Zie hieronder.", result.text());
        assertTrue(result.forwardMarkerSeen());
        assertFalse(stripper.strip("Gewoon een antwoord.").forwardMarkerSeen());
    }

    @Test
    void aReplyOfOnlyAQuoteLeavesNoText() {
        assertEquals("", strip("> Beste deelnemer,\n> Heeft u iets gezien?\n"));
    }
}
