package nl.burgernet.application.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DispatchSettingsTest {

    private final DispatchSettings settings = new DispatchSettings(200, 5, 30, 600, 60, 600);

    @Test
    void theWaitDoublesUpToTheCap() {
        assertEquals(Duration.ofSeconds(30), settings.backoff(1, Duration.ZERO));
        assertEquals(Duration.ofSeconds(60), settings.backoff(2, Duration.ZERO));
        assertEquals(Duration.ofSeconds(120), settings.backoff(3, null));
        assertEquals(Duration.ofSeconds(600), settings.backoff(10, Duration.ZERO));
    }

    @Test
    void neverSoonerThanTheChannelAsked() {
        assertEquals(Duration.ofHours(1), settings.backoff(1, Duration.ofHours(1)));
    }

    @Test
    void nonsenseSettingsStopTheDeployment() {
        assertThrows(IllegalStateException.class, () -> new DispatchSettings(0, 5, 30, 600, 60, 600));
    }
}
