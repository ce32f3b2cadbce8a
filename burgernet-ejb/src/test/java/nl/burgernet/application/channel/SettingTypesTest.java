package nl.burgernet.application.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import nl.burgernet.application.channel.FieldProblem.Kind;
import nl.burgernet.channel.api.ConfigProperty;
import nl.burgernet.channel.api.ConfigProperty.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingTypesTest {

    @ParameterizedTest
    @CsvSource({
        "INTEGER, 587, 587",
        "INTEGER, ' 0025 ', 25",
        "INTEGER, -3, -3",
        "BOOLEAN, TRUE, true",
        "BOOLEAN, false, false",
        "URL, https://api.example.nl/v1, https://api.example.nl/v1",
        "URL, wss://push.example.nl:8443/, wss://push.example.nl:8443/",
        "EMAIL, Burgernet@Gemeente.NL, Burgernet@gemeente.nl",
        "CHOICE, TLS, TLS",
        "STRING, '  smtp.example.nl ', smtp.example.nl"
    })
    void acceptsValuesOfTheTypeInCanonicalForm(Type type, String typed, String stored) {
        var checked = SettingTypes.check(property(type), typed);

        assertNull(checked.problem());
        assertEquals(stored, checked.value());
    }

    @ParameterizedTest
    @CsvSource({
        "INTEGER, 5.5, NOT_A_WHOLE_NUMBER",
        "INTEGER, twelve, NOT_A_WHOLE_NUMBER",
        "INTEGER, 99999999999, NOT_A_WHOLE_NUMBER",
        "BOOLEAN, yes, NOT_YES_OR_NO",
        "URL, www.example.nl, NOT_A_WEB_ADDRESS",
        "URL, javascript:alert(1), NOT_A_WEB_ADDRESS",
        "URL, https://exa mple.nl, NOT_A_WEB_ADDRESS",
        "EMAIL, burgernet at gemeente, NOT_AN_EMAIL_ADDRESS",
        "EMAIL, a@b, NOT_AN_EMAIL_ADDRESS",
        "CHOICE, tls, NOT_AN_OPTION",
        "CHOICE, SSL, NOT_AN_OPTION"
    })
    void refusesValuesThatAreNotOfTheType(Type type, String typed, Kind problem) {
        assertEquals(problem, SettingTypes.check(property(type), typed).problem());
    }

    @Test
    void onlyTextMayHoldSeveralLines() {
        assertEquals(
                Kind.MORE_THAN_ONE_LINE,
                SettingTypes.check(property(Type.STRING), "Gemeente\r\nBcc: x@y.nl")
                        .problem());
        assertEquals(
                "-----BEGIN KEY-----\nabc\n-----END KEY-----",
                SettingTypes.check(property(Type.TEXT), "-----BEGIN KEY-----\nabc\n-----END KEY-----\n")
                        .value());
    }

    @Test
    void aValueLongerThanTheColumnIsRefused() {
        assertEquals(
                Kind.TOO_LONG,
                SettingTypes.check(property(Type.TEXT), "x".repeat(4001)).problem());
        assertNull(SettingTypes.check(property(Type.TEXT), "x".repeat(4000)).problem());
    }

    private static ConfigProperty property(Type type) {
        return new ConfigProperty(
                "p",
                "P",
                type,
                null,
                false,
                false,
                "",
                type == Type.CHOICE ? List.of("STARTTLS", "TLS", "NONE") : null);
    }
}
