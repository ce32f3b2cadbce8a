package nl.burgernet.domain.model.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import nl.burgernet.application.participant.csvimport.ParticipantCsvReader;
import nl.burgernet.domain.model.geo.HouseNumber;
import nl.burgernet.domain.model.geo.HouseNumberSuffix;
import nl.burgernet.domain.model.geo.Postcode;
import org.junit.jupiter.api.Test;

class ValidationMessagesTest {

    @Test
    void residentsReadDutchSentences() {
        assertEquals(
                "Vul een geldige postcode in, bijvoorbeeld 3601 AB.",
                ValidationMessages.render(FieldError.of("addresses[0].postcode", "postcode.invalid"), Language.NL));
        assertEquals(
                "U moet 16 jaar of ouder zijn om deel te nemen aan Burgernet.",
                ValidationMessages.render(FieldError.of("birthYear", "birthYear.tooYoung", 16), Language.NL));
    }

    @Test
    void englishSpeakersReadEnglish() {
        assertEquals(
                "You must be 16 or older to take part in Burgernet.",
                ValidationMessages.render(FieldError.of("birthYear", "birthYear.tooYoung", 16), Locale.ENGLISH));
        assertEquals(
                "The channel \"fax\" is not offered here. Use the name or id of a channel this municipality offers.",
                ValidationMessages.render("channels.unknown", Language.EN, "fax"));
    }

    @Test
    void otherLocalesFallBackToEnglishWhateverTheServerLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.of("nl", "NL"));
            assertEquals("Please enter your postcode.", ValidationMessages.render("postcode.required", Locale.GERMAN));
            Locale.setDefault(Locale.US);
            assertEquals("Vul uw postcode in.", ValidationMessages.render("postcode.required", Language.NL));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void numbersArePrintedWithoutGroupingSeparators() {
        assertEquals(
                "Een e-mailadres mag niet langer zijn dan 254 tekens.",
                ValidationMessages.render("email.tooLong", Language.NL, 254));
        assertTrue(ValidationMessages.render("csv.duplicateEmail", Language.NL, 12345L)
                .contains("regel 12345"));
    }

    @Test
    void anUnknownKeyIsShownRatherThanHidden() {
        assertEquals("no.such.key", ValidationMessages.render("no.such.key", Language.NL));
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertEquals(
                load("messages.properties").keySet(),
                load("messages_nl.properties").keySet());
    }

    @Test
    void everyKeyTheCodeUsesHasATextInBothLanguages() throws Exception {
        Set<String> keys = new HashSet<>();
        for (Class<?> type : new Class<?>[] {
            Postcode.class, HouseNumber.class, HouseNumberSuffix.class, EmailAddress.class, MobileNumber.class,
            BirthYear.class, QuietHours.class, Language.class, ParticipantValidator.class, ParticipantCsvReader.class
        }) {
            for (Field f : type.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())
                        && f.getType() == String.class
                        && Modifier.isFinal(f.getModifiers())) {
                    f.setAccessible(true);
                    String value = (String) f.get(null);
                    if (value.matches("[a-zA-Z]+\\.[a-zA-Z0-9]+")) {
                        keys.add(value);
                    }
                }
            }
        }
        assertTrue(keys.size() >= 25, "found only " + keys);
        Set<String> english = load("messages.properties").stringPropertyNames();
        Set<String> dutch = load("messages_nl.properties").stringPropertyNames();
        for (String key : keys) {
            assertTrue(english.contains(key), "no English text for " + key);
            assertTrue(dutch.contains(key), "no Dutch text for " + key);
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ValidationMessages.class.getResourceAsStream("/nl/burgernet/participant/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
