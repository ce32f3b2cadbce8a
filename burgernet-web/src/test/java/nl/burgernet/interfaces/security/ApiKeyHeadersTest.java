package nl.burgernet.interfaces.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiKeyHeadersTest {

    private static final String KEY = "bnk_ab12cd34_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

    @Test
    void aBearerTokenIsTheKeyWhateverTheSchemesCase() {
        assertEquals(Optional.of(KEY), ApiKeyHeaders.presentedKey("Bearer " + KEY, null));
        assertEquals(Optional.of(KEY), ApiKeyHeaders.presentedKey("bearer   " + KEY + " ", null));
        assertEquals(Optional.of(KEY), ApiKeyHeaders.presentedKey("BEARER " + KEY, null));
    }

    @Test
    void theXApiKeyHeaderIsTheKeyWhenThereIsNoBearerToken() {
        assertEquals(Optional.of(KEY), ApiKeyHeaders.presentedKey(null, " " + KEY));
        assertEquals(Optional.of(KEY), ApiKeyHeaders.presentedKey("Basic dXNlcjpwdw==", KEY));
    }

    @Test
    void anEmptyBearerTokenIsPresentedButEmptySoItIsRefusedRatherThanIgnored() {
        assertEquals(Optional.of(""), ApiKeyHeaders.presentedKey("Bearer  ", null));
    }

    @Test
    void otherSchemesAndBlankHeadersAreNoKey() {
        assertEquals(Optional.empty(), ApiKeyHeaders.presentedKey("Basic dXNlcjpwdw==", null));
        assertEquals(Optional.empty(), ApiKeyHeaders.presentedKey(null, "  "));
        assertEquals(Optional.empty(), ApiKeyHeaders.presentedKey(null, null));
    }
}
