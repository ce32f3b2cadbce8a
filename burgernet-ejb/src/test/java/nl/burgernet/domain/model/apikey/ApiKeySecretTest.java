package nl.burgernet.domain.model.apikey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiKeySecretTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void aNewKeyHasTheDocumentedShapeAndCarries256RandomBits() {
        ApiKeySecret key = ApiKeySecret.generate(RANDOM);
        String value = key.value();
        assertEquals(ApiKeySecret.LENGTH, value.length());
        assertTrue(value.matches("bnk_[a-z0-9]{8}_[A-Za-z0-9_-]{43}"), value);
        assertEquals("bnk_" + key.prefix() + "_", value.substring(0, 13));
        byte[] secret = Base64.getUrlDecoder().decode(value.substring(13));
        assertEquals(32, secret.length, "256 bits");
    }

    @Test
    void keysDoNotRepeat() {
        Set<String> values = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            ApiKeySecret key = ApiKeySecret.generate(RANDOM);
            values.add(key.value());
            prefixes.add(key.prefix());
        }
        assertEquals(1000, values.size());
        assertTrue(prefixes.size() > 990, "prefixes are random too: " + prefixes.size());
    }

    @Test
    void aPresentedKeyParsesBackToTheSameKeyAndHash() {
        ApiKeySecret key = ApiKeySecret.generate(RANDOM);
        ApiKeySecret parsed = ApiKeySecret.parse("  " + key.value() + "\n").orElseThrow();
        assertEquals(key, parsed);
        assertEquals(key.prefix(), parsed.prefix());
        assertEquals(key.value(), parsed.value());
        assertEquals(key.hash(), parsed.hash());
    }

    @Test
    void aSecretWithUnderscoresAndDashesStillParses() {
        String value = "bnk_ab12cd34_" + "_-".repeat(21) + "x";
        ApiKeySecret parsed = ApiKeySecret.parse(value).orElseThrow();
        assertEquals("ab12cd34", parsed.prefix());
        assertEquals(value, parsed.value());
    }

    @Test
    void theHashIsSha256OfTheWholeKeyInLowerCaseHex() throws Exception {
        ApiKeySecret key = ApiKeySecret.generate(RANDOM);
        String expected = HexFormat.of()
                .formatHex(
                        MessageDigest.getInstance("SHA-256").digest(key.value().getBytes(StandardCharsets.US_ASCII)));
        assertEquals(expected, key.hash());
        assertEquals(64, key.hash().length());
        assertTrue(key.hash().matches("[0-9a-f]{64}"));
    }

    @Test
    void oneChangedCharacterIsAnotherKeyWithAnotherHash() {
        ApiKeySecret key = ApiKeySecret.generate(RANDOM);
        String value = key.value();
        char last = value.charAt(value.length() - 1);
        String tampered = value.substring(0, value.length() - 1) + (last == 'A' ? 'B' : 'A');
        ApiKeySecret other = ApiKeySecret.parse(tampered).orElseThrow();
        assertNotEquals(key, other);
        assertNotEquals(key.hash(), other.hash());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "bnk_ab12cd34",
                "bnk_ab12cd34_",
                "bnk_AB12CD34_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                "xyz_ab12cd34_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                "bnk_ab12cd34_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                "bnk_ab12cd34_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                "bnk_ab12cd34_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa+a",
                "bnk_ab12cd34_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa a",
                "bnk-ab12cd34-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                "Bearer bnk_ab12cd34_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
            })
    void anythingWithoutTheShapeOfAKeyIsNoKey(String presented) {
        assertTrue(ApiKeySecret.parse(presented).isEmpty(), presented);
    }

    @Test
    void printingAKeyNeverShowsTheSecret() {
        ApiKeySecret key = ApiKeySecret.generate(RANDOM);
        String secret = key.value().substring(13);
        assertEquals("bnk_" + key.prefix() + "_…", key.toString());
        assertFalse(key.toString().contains(secret));
    }
}
