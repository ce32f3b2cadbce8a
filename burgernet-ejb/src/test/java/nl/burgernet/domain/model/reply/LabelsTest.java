package nl.burgernet.domain.model.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LabelsTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private static List<Enum<?>> allValues() {
        List<Enum<?>> values = new ArrayList<>();
        values.addAll(List.of(ReplyKind.values()));
        values.addAll(List.of(UnreadableReason.values()));
        values.addAll(List.of(AutoReplySignal.values()));
        values.addAll(List.of(BounceSeverity.values()));
        values.addAll(List.of(ListedAttachment.Reason.values()));
        return values;
    }

    @Test
    void everyValueHasAnEnglishAndADifferentDutchLabel() {
        for (Enum<?> value : allValues()) {
            String english = Labels.of(value, Locale.ENGLISH);
            String dutch = Labels.of(value, DUTCH);
            assertFalse(english.isBlank(), value.toString());
            assertNotEquals(english, dutch, value + " is not translated");
        }
    }

    @Test
    void englishIsTheFallbackWhateverTheServerLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(DUTCH);
            assertEquals("Read receipt", AutoReplySignal.READ_RECEIPT.label(Locale.GERMAN));
            assertEquals("Leesbevestiging", AutoReplySignal.READ_RECEIPT.label(DUTCH));
            assertEquals("Photo too large", ListedAttachment.Reason.TOO_LARGE.label(Locale.ENGLISH));
        } finally {
            Locale.setDefault(before);
        }
    }
}
