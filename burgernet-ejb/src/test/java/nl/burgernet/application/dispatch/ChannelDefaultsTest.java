package nl.burgernet.application.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.burgernet.channel.api.ConfigProperty;
import nl.burgernet.channel.api.ConfigProperty.Type;
import org.junit.jupiter.api.Test;

/** Which of the platform's channel settings a municipality gets, for a schema shaped like the e-mail channel's. */
class ChannelDefaultsTest {

    private static final List<ConfigProperty> SCHEMA = List.of(
            property("smtp.host", Type.STRING, null, true, false),
            property("smtp.port", Type.INTEGER, "587", true, false),
            property("smtp.user", Type.STRING, null, false, false),
            property("smtp.password", Type.STRING, null, false, true),
            property("from.name", Type.STRING, null, false, false),
            property("dkim.privateKey", Type.TEXT, null, false, true));
    private static final Map<String, String> PLATFORM = Map.of(
            "smtp.host", "relay.platform.example",
            "smtp.user", "platform",
            "smtp.password", "platform-secret",
            "dkim.privateKey", "-----BEGIN PRIVATE KEY-----");

    @Test
    void aMunicipalityThatNamesItsOwnServerGetsNoneOfThePlatformsCredentialsOrSecrets() {
        Map<String, String> merged =
                ChannelDefaults.merge(SCHEMA, PLATFORM, Map.of("smtp.host", "mx.attacker.example"));

        assertEquals(Map.of("smtp.host", "mx.attacker.example"), merged);
        assertFalse(merged.containsKey("smtp.password"));
        assertFalse(merged.containsKey("smtp.user"));
        assertFalse(merged.containsKey("dkim.privateKey"));
    }

    @Test
    void aMunicipalityOnThePlatformsServerGetsItsSettingsWithItsOwnOnTop() {
        Map<String, String> merged = ChannelDefaults.merge(
                SCHEMA, PLATFORM, Map.of("from.name", "Gemeente Stichtse Vecht", "smtp.port", "2525", "smtp.user", ""));

        assertEquals("relay.platform.example", merged.get("smtp.host"));
        assertEquals("platform-secret", merged.get("smtp.password"));
        assertEquals("platform", merged.get("smtp.user"), "a blank value does not override");
        assertEquals("Gemeente Stichtse Vecht", merged.get("from.name"));
        assertEquals("2525", merged.get("smtp.port"));
    }

    @Test
    void namingThePlatformsOwnServerAgainIsNotAServerOfItsOwn() {
        Map<String, String> merged =
                ChannelDefaults.merge(SCHEMA, PLATFORM, Map.of("smtp.host", " Relay.Platform.Example "));

        assertEquals("platform-secret", merged.get("smtp.password"));
    }

    @Test
    void webAddressesAndRequiredSettingsWithoutADefaultNameTheServerSecretsAndTuningDoNot() {
        assertTrue(ChannelDefaults.namesTheServer(property("api.url", Type.URL, "https://x.example", false, false)));
        assertTrue(ChannelDefaults.namesTheServer(property("smtp.host", Type.STRING, null, true, false)));
        assertFalse(ChannelDefaults.namesTheServer(property("smtp.port", Type.INTEGER, "587", true, false)));
        assertFalse(ChannelDefaults.namesTheServer(property("api.key", Type.STRING, null, true, true)));
        assertFalse(ChannelDefaults.namesTheServer(property("from.name", Type.STRING, null, false, false)));
    }

    private static ConfigProperty property(
            String name, Type type, String defaultValue, boolean required, boolean secret) {
        return new ConfigProperty(name, name, type, defaultValue, required, secret, "", List.of());
    }
}
