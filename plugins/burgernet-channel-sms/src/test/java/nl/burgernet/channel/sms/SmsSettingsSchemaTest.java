package nl.burgernet.channel.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import nl.burgernet.channel.api.ChannelConfiguration;
import nl.burgernet.channel.api.ConfigProperty;
import nl.burgernet.channel.testkit.ChannelConfigurationBuilder;
import org.junit.jupiter.api.Test;

class SmsSettingsSchemaTest {

    private static final Locale DUTCH = Locale.of("nl");

    private static ChannelConfigurationBuilder valid() {
        return ChannelConfigurationBuilder.aConfiguration()
                .with(SmsSettingsSchema.HOST, "smpp.provider.example")
                .with(SmsSettingsSchema.SYSTEM_ID, "burgernet")
                .with(SmsSettingsSchema.PASSWORD, "geheim12");
    }

    @Test
    void theDefaultsMakeAUsableSetting() {
        SmsSettings settings = SmsSettingsSchema.read(valid().build(), Locale.ENGLISH)
                .settings()
                .orElseThrow();
        assertEquals(2775, settings.port());
        assertEquals(new SmsSettings.Sender("Burgernet", true), settings.sender());
        assertEquals(4, settings.maxParts());
        assertEquals(10, settings.window());
        assertEquals(SmsSettingsSchema.DEFAULT_RATE, settings.messagesPerSecond());
        assertFalse(settings.tls());
        assertFalse(settings.toString().contains("geheim12"), "never the password in logs");
    }

    @Test
    void aNumberAsSenderIsAnInternationalNumberWithoutItsPlus() {
        ChannelConfiguration configuration =
                valid().with(SmsSettingsSchema.SENDER, "+3197010203040").build();
        SmsSettings.Sender sender = SmsSettingsSchema.read(configuration, Locale.ENGLISH)
                .settings()
                .orElseThrow()
                .sender();
        assertEquals(new SmsSettings.Sender("3197010203040", false), sender);
        assertEquals("+3197010203040", sender.shown());
    }

    @Test
    void everyProblemIsNamedInTheAdminsLanguage() {
        ChannelConfiguration bad = valid().with(SmsSettingsSchema.SENDER, "Burgernet Stichtse Vecht")
                .with(SmsSettingsSchema.PASSWORD, "much-too-long")
                .with(SmsSettingsSchema.MAX_PARTS, 11)
                .with(SmsSettingsSchema.TLS, "ja")
                .with(SmsSettingsSchema.HOST, "smpp provider")
                .build();

        List<String> english = SmsSettingsSchema.read(bad, Locale.ENGLISH).problems();
        List<String> dutch = SmsSettingsSchema.read(bad, DUTCH).problems();

        assertEquals(5, english.size(), english.toString());
        assertEquals(5, dutch.size(), dutch.toString());
        assertTrue(english.stream().anyMatch(p -> p.contains("up to 11 letters")), english.toString());
        assertTrue(english.stream().anyMatch(p -> p.contains("at most 8 characters")), english.toString());
        assertTrue(english.stream().anyMatch(p -> p.contains("from 1 to 10, not \"11\"")), english.toString());
        assertTrue(dutch.stream().anyMatch(p -> p.contains("hoogstens 11 letters")), dutch.toString());
        assertTrue(dutch.stream().anyMatch(p -> p.contains("geen hostnaam")), dutch.toString());
        assertTrue(english.stream().noneMatch(p -> p.contains("much-too-long")), "never the password");
    }

    @Test
    void onlyThePasswordIsSecretAndEveryLabelIsTranslated() {
        List<ConfigProperty> english = SmsSettingsSchema.properties(Locale.ENGLISH);
        List<ConfigProperty> dutch = SmsSettingsSchema.properties(DUTCH);
        assertEquals(
                List.of(SmsSettingsSchema.PASSWORD),
                english.stream()
                        .filter(ConfigProperty::secret)
                        .map(ConfigProperty::name)
                        .toList());
        for (int i = 0; i < english.size(); i++) {
            assertFalse(
                    english.get(i).label().equals(dutch.get(i).label())
                            && !english.get(i).label().equals("SMS")
                            && english.get(i).help().equals(dutch.get(i).help()),
                    "not translated: " + english.get(i).name());
        }
    }
}
