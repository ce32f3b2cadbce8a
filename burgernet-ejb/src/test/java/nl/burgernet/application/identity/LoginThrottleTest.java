package nl.burgernet.application.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-12-04T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void fiveFailuresFromAClientCostNothingThenItsWaitDoubles() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("10.0.0.1", "meldkamer");
            assertEquals(Optional.empty(), throttle.refusedUntil("10.0.0.1", "meldkamer"));
        }
        throttle.failed("10.0.0.1", "meldkamer");
        assertEquals(Optional.of(now.plusSeconds(1)), throttle.refusedUntil("10.0.0.1", "meldkamer"));
        // The wait is the client's, whichever account it tries next.
        assertEquals(Optional.of(now.plusSeconds(1)), throttle.refusedUntil("10.0.0.1", "beheer-sv"));

        now = now.plusSeconds(1);
        assertEquals(Optional.empty(), throttle.refusedUntil("10.0.0.1", "meldkamer"));
        throttle.failed("10.0.0.1", "meldkamer");
        assertEquals(Optional.of(now.plusSeconds(2)), throttle.refusedUntil("10.0.0.1", "meldkamer"));
    }

    @Test
    void theWaitStopsGrowingAtFifteenMinutes() {
        assertEquals(Duration.ofSeconds(1), LoginThrottle.wait(0));
        assertEquals(Duration.ofSeconds(512), LoginThrottle.wait(9));
        assertEquals(Duration.ofMinutes(15), LoginThrottle.wait(10));
        assertEquals(Duration.ofMinutes(15), LoginThrottle.wait(1_000));
    }

    @Test
    void aStrangerGuessingCannotKeepTheRealOperatorOut() {
        for (int i = 0; i < 40; i++) {
            now = now.plus(Duration.ofMinutes(15));
            throttle.failed("203.0.113.9", "meldkamer");
        }
        assertTrue(throttle.refusedUntil("203.0.113.9", "meldkamer").isPresent());

        assertEquals(Optional.empty(), throttle.refusedUntil("10.1.2.3", "meldkamer"));
    }

    @Test
    void anAccountGuessedFromManyClientsHoldsUpThoseThatFailedBeforeButNotACleanOne() {
        for (int client = 0; client < 4; client++) {
            for (int i = 0; i < 3; i++) {
                throttle.failed("198.51.100." + client, "meldkamer");
            }
        }
        // 12 failures on the account: a guesser with three failures behind it waits 4 s for this account ...
        assertEquals(Optional.of(now.plusSeconds(4)), throttle.refusedUntil("198.51.100.0", "meldkamer"));
        // ... though not for another account, where only its own (three, free) failures count,
        assertEquals(Optional.empty(), throttle.refusedUntil("198.51.100.0", "beheer-sv"));
        // and a client with a typo or two behind it is not held up at all.
        throttle.failed("10.1.2.3", "meldkamer");
        throttle.failed("10.1.2.3", "meldkamer");
        assertEquals(Optional.empty(), throttle.refusedUntil("10.1.2.3", "meldkamer"));
    }

    @Test
    void unknownAccountsAreCountedLikeKnownOnes() {
        for (int i = 0; i < 12; i++) {
            throttle.failed("198.51.100." + (i % 4), "nobody-by-this-name");
        }
        assertEquals(throttle.refusedUntil("198.51.100.0", "nobody-by-this-name"), Optional.of(now.plusSeconds(4)));
    }

    @Test
    void recordsAreForgottenAnHourAfterTheLastFailureAndClearedByASuccess() {
        for (int i = 0; i < 8; i++) {
            throttle.failed("10.0.0.1", "meldkamer");
        }
        now = now.plus(Duration.ofHours(1));
        assertEquals(Optional.empty(), throttle.refusedUntil("10.0.0.1", "meldkamer"));
        for (int i = 0; i < 4; i++) {
            throttle.failed("10.0.0.1", "meldkamer");
        }
        assertEquals(Optional.empty(), throttle.refusedUntil("10.0.0.1", "meldkamer"), "counting starts afresh");

        throttle.failed("10.0.0.1", "meldkamer");
        assertTrue(throttle.refusedUntil("10.0.0.1", "meldkamer").isPresent());
        throttle.succeeded("10.0.0.1", "meldkamer");
        assertEquals(Optional.empty(), throttle.refusedUntil("10.0.0.1", "meldkamer"));
    }

    @Test
    void failedSaysWhenAWaitStarts() {
        for (int i = 1; i < 5; i++) {
            assertFalse(throttle.failed("10.0.0.1", "a" + i));
        }
        assertTrue(throttle.failed("10.0.0.1", "a5"), "the client's fifth failure");
        for (int i = 1; i < 10; i++) {
            assertFalse(throttle.failed("192.0.2." + i, "meldkamer"));
        }
        assertTrue(throttle.failed("192.0.2.10", "meldkamer"), "the account's tenth failure");
    }
}
