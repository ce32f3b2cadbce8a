package nl.burgernet.interfaces.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Counts in the UI's sentences are singular for one ("1 deelnemer", not "1 deelnemers") in both languages. */
class CountedTextsTest {

    private static final Locale DUTCH = Locale.of("nl");

    /** A number argument followed by a plural noun, outside a choice: such a text says "1 participants". */
    private static final Pattern BARE_COUNT = Pattern.compile(
            "\\{\\d+(,number(,integer)?)?\\} (deelnemers|participants|regels|lines|rows|kolommen|columns)");

    private static String format(Locale locale, String key, Object... args) {
        return new MessageFormat(
                        ResourceBundle.getBundle("nl.burgernet.web.messages", locale)
                                .getString(key),
                        locale)
                .format(args);
    }

    @Test
    void theImportButtonAndItsOutcomeCountOneParticipantAsOne() {
        assertEquals("1 deelnemer importeren", format(DUTCH, "import.run", 1));
        assertEquals("1.250 deelnemers importeren", format(DUTCH, "import.run", 1250));
        assertEquals("Import 1 participant", format(Locale.ENGLISH, "import.run", 1));
        assertEquals("Import 2 participants", format(Locale.ENGLISH, "import.run", 2));
        assertEquals("1 deelnemer geïmporteerd, 0 afgewezen.", format(DUTCH, "import.done", 1, 0));
        assertEquals("Geen deelnemers geïmporteerd, 3 afgewezen.", format(DUTCH, "import.done", 0, 3));
        assertEquals("1 participant imported, 1 rejected.", format(Locale.ENGLISH, "import.done", 1, 1));
        assertEquals("2,000 participants imported, 0 rejected.", format(Locale.ENGLISH, "import.done", 2000, 0));
    }

    @Test
    void noTextPutsABareNumberBeforeAPluralNoun() {
        for (Locale locale : List.of(Locale.ENGLISH, DUTCH)) {
            ResourceBundle bundle = ResourceBundle.getBundle("nl.burgernet.web.messages", locale);
            List<String> bare = Collections.list(bundle.getKeys()).stream()
                    .filter(key -> BARE_COUNT.matcher(bundle.getString(key)).find()
                            && !bundle.getString(key).contains(",choice,"))
                    .sorted()
                    .toList();
            assertEquals(List.of(), bare, locale.toString());
        }
    }
}
