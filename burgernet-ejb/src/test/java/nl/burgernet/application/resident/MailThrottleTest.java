package nl.burgernet.application.resident;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MailThrottleTest {

    private Instant now = Instant.parse("2025-03-01T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final MailThrottle throttle = new MailThrottle(3, Duration.ofHours(1), clock);

    @Test
    void allowsTheQuotaThenRefusesWithinTheWindow() {
        assertTrue(throttle.tryAcquire("jan@example.nl"));
        assertTrue(throttle.tryAcquire("jan@example.nl"));
        assertTrue(throttle.tryAcquire("jan@example.nl"));
        assertFalse(throttle.tryAcquire("jan@example.nl"));
    }

    @Test
    void countsAddressesCaseInsensitively() {
        throttle.tryAcquire("Jan@Example.nl");
        throttle.tryAcquire("jan@example.nl");
        throttle.tryAcquire("JAN@EXAMPLE.NL");

        assertFalse(throttle.tryAcquire("jan@example.nl"));
    }

    @Test
    void eachAddressHasItsOwnQuota() {
        for (int i = 0; i < 3; i++) {
            throttle.tryAcquire("jan@example.nl");
        }

        assertTrue(throttle.tryAcquire("piet@example.nl"));
    }

    @Test
    void theQuotaComesBackAsTheWindowSlides() {
        throttle.tryAcquire("jan@example.nl");
        now = now.plus(Duration.ofMinutes(30));
        throttle.tryAcquire("jan@example.nl");
        throttle.tryAcquire("jan@example.nl");
        assertFalse(throttle.tryAcquire("jan@example.nl"));

        now = now.plus(Duration.ofMinutes(31));

        assertTrue(throttle.tryAcquire("jan@example.nl"));
        assertFalse(throttle.tryAcquire("jan@example.nl"));
    }
}
