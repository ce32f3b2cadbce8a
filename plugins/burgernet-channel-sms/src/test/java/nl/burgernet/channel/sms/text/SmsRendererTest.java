package nl.burgernet.channel.sms.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import nl.burgernet.channel.api.MunicipalityProfile;
import nl.burgernet.channel.api.OutgoingMessage;
import nl.burgernet.channel.testkit.MunicipalityProfileBuilder;
import nl.burgernet.channel.testkit.OutgoingMessageBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmsRendererTest {

    private static final String DUTCH_REPLY = "Weet u meer? Beantwoord deze sms of bel 0800-0011.";
    private final MunicipalityProfile stichtseVecht =
            MunicipalityProfileBuilder.aMunicipality().build();

    @Test
    void aShortAlertReadsInFullWithTheReplyLine() {
        OutgoingMessage message = OutgoingMessageBuilder.anAlert()
                .title("Vermist: jongen van 8 jaar")
                .body("Tim is sinds 15.00 uur vermist in Breukelen.\n\nHij draagt een rode jas.")
                .instructions("Bel 112 als u hem ziet.")
                .build();

        assertEquals(
                "Burgernet Stichtse Vecht: Vermist: jongen van 8 jaar. Tim is sinds 15.00 uur vermist in Breukelen."
                        + " Hij draagt een rode jas. Bel 112 als u hem ziet. " + DUTCH_REPLY,
                SmsRenderer.render(message, stichtseVecht, 4));
    }

    @Test
    void anUpdateAndAnOutcomeHaveTheirOwnLeadInWithoutRepeatingIt() {
        String update = SmsRenderer.render(OutgoingMessageBuilder.anUpdate().build(), stichtseVecht, 4);
        String outcome = SmsRenderer.render(OutgoingMessageBuilder.anOutcome().build(), stichtseVecht, 4);

        assertTrue(update.startsWith("Burgernet Stichtse Vecht, update: Scooter gezien bij station Maarssen."), update);
        assertTrue(outcome.startsWith("Burgernet Stichtse Vecht, afloop: Verdachte aangehouden."), outcome);
    }

    @Test
    void englishReadsEnglish() {
        OutgoingMessage message = OutgoingMessageBuilder.anOutcome()
                .language("en")
                .title("Suspect arrested")
                .body("Thanks to your tips the suspect was arrested.")
                .build();
        assertEquals(
                "Burgernet Stichtse Vecht, outcome: Suspect arrested. Thanks to your tips the suspect was arrested."
                        + " Do you know more? Reply to this text message or call 0800-0011.",
                SmsRenderer.render(message, stichtseVecht, 4));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void aLongMessageIsShortenedToWholeWordsAndKeepsTheReplyLine(int maxParts) {
        String body =
                "Gisteravond rond tien uur is er ingebroken in een woning aan de Straatweg in Maarssen. ".repeat(12);
        OutgoingMessage message = OutgoingMessageBuilder.anAlert().body(body).build();

        String text = SmsRenderer.render(message, stichtseVecht, maxParts);

        assertTrue(SmsParts.fits(text, maxParts), SmsParts.count(text) + " parts: " + text);
        assertTrue(text.endsWith(DUTCH_REPLY), text);
        assertTrue(text.startsWith("Burgernet Stichtse Vecht: "), text);
        Set<String> words = wordsOf(message.title() + " " + body + " " + message.instructions() + " " + DUTCH_REPLY);
        for (String word : text.replace("...", " ").split("[\\s]+")) {
            String bare = word.replaceAll("[.,:;!?]+$", "");
            assertTrue(
                    words.contains(bare) || bare.equals("Burgernet") || bare.equals("Stichtse") || bare.equals("Vecht"),
                    "cut-off word '" + bare + "' in: " + text);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void theLinkToTheAlertPageStaysWholeAndLastHoweverMuchIsShortened(int maxParts) {
        String body =
                "Gisteravond rond tien uur is er ingebroken in een woning aan de Straatweg in Maarssen. ".repeat(12);
        OutgoingMessage message = OutgoingMessageBuilder.anAlert()
                .body(body)
                .alertPage(URI.create("https://burgernet.stichtsevecht.nl/a/K7QX2M9P"))
                .build();

        String text = SmsRenderer.render(message, stichtseVecht, maxParts);

        assertTrue(SmsParts.fits(text, maxParts), SmsParts.count(text) + " parts: " + text);
        assertTrue(
                text.endsWith(DUTCH_REPLY + " Volledig bericht: https://burgernet.stichtsevecht.nl/a/K7QX2M9P"), text);
    }

    @Test
    void aShortAlertWithAPageEndsWithItsLink() {
        OutgoingMessage message = OutgoingMessageBuilder.anAlert()
                .language("en")
                .title("Missing: boy, 8")
                .body("Tim has been missing in Breukelen since 3 pm.")
                .instructions("")
                .alertPage(URI.create("https://burgernet.example/a/K7QX2M9P"))
                .build();
        assertEquals(
                "Burgernet Stichtse Vecht: Missing: boy, 8. Tim has been missing in Breukelen since 3 pm."
                        + " Do you know more? Reply to this text message or call 0800-0011."
                        + " Full message: https://burgernet.example/a/K7QX2M9P",
                SmsRenderer.render(message, stichtseVecht, 4));
    }

    @Test
    void aWordTooLongForEvenOnePartStillNeverAppearsHalf() {
        OutgoingMessage message = OutgoingMessageBuilder.anAlert()
                .title("Let op")
                .body("x".repeat(400))
                .instructions("")
                .build();
        String text = SmsRenderer.render(message, stichtseVecht, 1);
        assertFalse(text.contains("x"), text);
        assertTrue(text.endsWith(DUTCH_REPLY));
    }

    @Test
    void typographicQuotesAndDashesDoNotForceUcs2() {
        OutgoingMessage message = OutgoingMessageBuilder.anAlert()
                .title("‘Verdachte situatie’ – let op")
                .body("Een man belt aan bij ouderen…")
                .instructions("")
                .build();
        String text = SmsRenderer.render(message, stichtseVecht, 4);
        assertEquals(SmsEncoding.GSM7, SmsEncoding.forText(text), text);
    }

    private static Set<String> wordsOf(String text) {
        return Arrays.stream(text.split("\\s+"))
                .map(w -> w.replaceAll("[.,:;!?]+$", ""))
                .collect(Collectors.toSet());
    }
}
