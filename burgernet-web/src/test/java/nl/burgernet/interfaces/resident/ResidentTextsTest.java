package nl.burgernet.interfaces.resident;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import nl.burgernet.application.resident.ResidentService;
import nl.burgernet.domain.model.participant.FieldError;
import org.junit.jupiter.api.Test;

class ResidentTextsTest {

    @Test
    void addressErrorsSayWhichAddress() {
        ResidentTexts dutch = new ResidentTexts(Locale.of("nl", "NL"));

        String text = dutch.error(FieldError.of("addresses[1].postcode", "postcode.invalid"));

        assertEquals("Adres 2: Vul een geldige postcode in, bijvoorbeeld 3601 AB.", text);
    }

    @Test
    void residentPageKeysComeFromTheResidentBundleInTheRightLanguage() {
        FieldError e = FieldError.of(ResidentService.MUNICIPALITY_FIELD, ResidentService.MUNICIPALITY_CHOOSE);

        assertEquals(
                "Wij konden uw gemeente niet vinden aan de hand van uw postcode. Kies uw gemeente.",
                new ResidentTexts(Locale.of("nl")).error(e));
        assertEquals(
                "We could not tell your municipality from your postcode. Please choose your municipality.",
                new ResidentTexts(Locale.ENGLISH).error(e));
    }

    @Test
    void aLanguageOtherThanDutchGetsEnglish() {
        assertEquals(Locale.ENGLISH, new ResidentTexts(Locale.GERMAN).locale());
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws Exception {
        assertEquals(keys("resident.properties"), keys("resident_nl.properties"));
    }

    /** The file's own keys (a bundle's key set would include its parent's). */
    private static Set<String> keys(String file) throws Exception {
        Properties p = new Properties();
        try (InputStream in = ResidentTextsTest.class.getResourceAsStream("/nl/burgernet/web/" + file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
