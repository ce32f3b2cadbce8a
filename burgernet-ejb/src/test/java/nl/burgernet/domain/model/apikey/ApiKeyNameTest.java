package nl.burgernet.domain.model.apikey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import nl.burgernet.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiKeyNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"GMS Midden-Nederland", "Meldkamer (test)", "koppeling_2", "CAP-feed v1.2", "Noord/Oost"})
    void namesControlRoomsUseAreAccepted(String name) {
        assertEquals(Optional.empty(), ApiKeyName.problem(name));
        assertEquals(name, new ApiKeyName(" " + name + " ").value());
    }

    @Test
    void aNameIsRequired() {
        assertEquals(Optional.of("apiKey.name.required"), ApiKeyName.problem("  "));
        assertEquals(Optional.of("apiKey.name.required"), ApiKeyName.problem(null));
    }

    @Test
    void aNameFitsTheCallerNameOfTheAuditTrail() {
        assertEquals(Optional.empty(), ApiKeyName.problem("x".repeat(ApiKeyName.MAX_LENGTH)));
        InvalidValueException e =
                assertThrows(InvalidValueException.class, () -> new ApiKeyName("x".repeat(ApiKeyName.MAX_LENGTH + 1)));
        assertEquals("apiKey.name.tooLong", e.messageKey());
        // "api-key:" + name + "@GM0000" must fit audit_entry.actor and alert.created_by (100 characters).
        assertEquals(true, ("api-key:" + "x".repeat(ApiKeyName.MAX_LENGTH) + "@GM0000").length() <= 100);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gms@GM0355", "api-key:x", "naam\nmet regel", "<script>"})
    void charactersThatWouldBlurTheCallerNameAreRefused(String name) {
        assertEquals(Optional.of("apiKey.name.characters"), ApiKeyName.problem(name));
    }
}
