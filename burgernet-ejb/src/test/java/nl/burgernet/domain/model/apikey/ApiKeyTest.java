package nl.burgernet.domain.model.apikey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiKeyTest {

    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");

    private final ApiKeySecret secret = ApiKeySecret.generate(new SecureRandom());
    private final ApiKey key = new ApiKey(new ApiKeyName("GMS"), secret, "beheer-sv", T0);

    @Test
    void storesThePrefixAndTheHashButNotTheSecret() {
        assertEquals(secret.prefix(), key.prefix());
        assertFalse(key.isRevoked());
        assertTrue(key.lastUsedAt().isEmpty());
    }

    @Test
    void theLastUseIsWrittenAtMostOnceAMinute() {
        assertTrue(key.markUsed(T0.plusSeconds(5)));
        assertFalse(key.markUsed(T0.plusSeconds(30)));
        assertFalse(key.markUsed(T0.plusSeconds(64)));
        assertEquals(T0.plusSeconds(5), key.lastUsedAt().orElseThrow());
        assertTrue(key.markUsed(T0.plusSeconds(65)));
        assertEquals(T0.plusSeconds(65), key.lastUsedAt().orElseThrow());
    }

    @Test
    void revokingTwiceKeepsTheFirstTime() {
        assertTrue(key.revoke(T0.plusSeconds(10)));
        assertFalse(key.revoke(T0.plusSeconds(20)));
        assertEquals(T0.plusSeconds(10), key.revokedAt().orElseThrow());
        assertTrue(key.isRevoked());
    }
}
