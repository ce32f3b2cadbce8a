package nl.burgernet.interfaces.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Optional;
import nl.burgernet.application.channel.ChannelOverview;
import nl.burgernet.application.channel.SettingField;
import nl.burgernet.application.channel.SubmittedValue;
import nl.burgernet.channel.api.ChannelDescriptor;
import nl.burgernet.channel.api.ConfigProperty;
import nl.burgernet.channel.api.ConfigProperty.Type;
import org.junit.jupiter.api.Test;

class ChannelCardTest {

    private static final ConfigProperty HOST = property("smtp.host", Type.STRING, null, false);
    private static final ConfigProperty PORT = property("smtp.port", Type.INTEGER, "587", false);
    private static final ConfigProperty TLS = new ConfigProperty(
            "smtp.tls", "Encryption", Type.CHOICE, "STARTTLS", true, false, "", List.of("STARTTLS", "TLS", "NONE"));
    private static final ConfigProperty SIGN = property("dkim.on", Type.BOOLEAN, "true", false);
    private static final ConfigProperty PASSWORD = property("smtp.password", Type.STRING, null, true);
    private static final ConfigProperty KEY = property("dkim.privateKey", Type.TEXT, null, true);

    @Test
    void eachTypeGetsItsInputAndSecretsTheirOwn() {
        ChannelCard card = card(
                new SettingField(HOST, "smtp.example.nl", false),
                new SettingField(PORT, "465", false),
                new SettingField(TLS, null, false),
                new SettingField(SIGN, null, false),
                new SettingField(PASSWORD, null, true),
                new SettingField(KEY, null, false));

        assertEquals(
                List.of("line", "number", "choice", "flag", "secretLine", "secretArea"),
                card.getFields().stream().map(SettingInput::getKind).toList());
    }

    @Test
    void aSecretFieldStartsEmptyAndSendsKeepClearOrReplace() {
        ChannelCard card = card(new SettingField(PASSWORD, null, true));
        SettingInput secret = card.getFields().get(0);

        assertNull(secret.getValue());
        assertTrue(secret.isSecretSet());
        assertEquals(new SubmittedValue(null, false), card.submitted().get("smtp.password"));

        secret.setClear(true);
        assertEquals(SubmittedValue.clearSecret(), card.submitted().get("smtp.password"));

        secret.setClear(false);
        secret.setValue("new-password");
        assertEquals(SubmittedValue.of("new-password"), card.submitted().get("smtp.password"));
    }

    @Test
    void numbersAndFlagsAreEditedAsTypedValuesButTravelAsText() {
        ChannelCard card = card(new SettingField(PORT, "465", false), new SettingField(SIGN, null, false));
        SettingInput port = card.getFields().get(0);
        SettingInput sign = card.getFields().get(1);

        assertEquals(465L, port.getNumber());
        assertTrue(sign.isFlag(), "nothing stored: the default shows");

        port.setNumber(null);
        sign.setFlag(false);
        assertEquals(SubmittedValue.of(null), card.submitted().get("smtp.port"));
        assertEquals(SubmittedValue.of("false"), card.submitted().get("dkim.on"));

        port.setValue("not a number");
        assertNull(port.getNumber(), "an unreadable stored value shows empty instead of failing the page");
    }

    @Test
    void feedbackOfTheLastSaveIsForgottenBeforeTheNext() {
        ChannelCard card = card(new SettingField(HOST, null, false));
        card.fieldError("smtp.host", "Please fill in ‘SMTP server’.");
        card.saveProblems(List.of("Please correct the fields"));
        assertTrue(card.isHasFieldErrors());

        card.clearFeedback();

        assertFalse(card.isHasFieldErrors());
        assertTrue(card.getSaveProblems().isEmpty());
    }

    @Test
    void aChannelWithoutPluginShowsItsIdAndNoForm() {
        ChannelCard card =
                new ChannelCard(new ChannelOverview("sms", Optional.empty(), true, List.of(), List.of(), false));

        assertFalse(card.isInstalled());
        assertEquals("sms", card.getName());
        assertTrue(card.isEnabled());
        assertTrue(card.getFields().isEmpty());
    }

    @Test
    void theCardSurvivesSerializationAsTheViewScopeNeeds() throws Exception {
        ChannelCard card = card(new SettingField(TLS, "TLS", false), new SettingField(PASSWORD, null, true));

        try (var out = new ObjectOutputStream(new ByteArrayOutputStream())) {
            out.writeObject(card);
        }
    }

    private static ChannelCard card(SettingField... fields) {
        return new ChannelCard(new ChannelOverview(
                "email",
                Optional.of(new ChannelDescriptor("email", "E-mail", "1", true, 0, true)),
                true,
                List.of(fields),
                List.of(),
                false));
    }

    private static ConfigProperty property(String name, Type type, String def, boolean secret) {
        return new ConfigProperty(name, name, type, def, false, secret, "", List.of());
    }
}
