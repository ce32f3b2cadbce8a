package nl.burgernet.application.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import nl.burgernet.domain.model.reply.BounceSeverity;
import org.junit.jupiter.api.Test;

class BounceScoreTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void threeHardBouncesInARowStopEmail() {
        double score = 0;
        Instant last = null;
        for (int i = 0; i < 3; i++) {
            Instant at = NOW.plusSeconds(i);
            score = BounceScore.after(score, last, BounceSeverity.HARD, at);
            last = at;
        }
        assertTrue(BounceScore.stopsEmail(score), "score " + score);
    }

    @Test
    void softBouncesCountLessAndOldOnesFade() {
        assertEquals(0.25, BounceScore.after(0, null, BounceSeverity.SOFT, NOW), 1e-9);
        double twoMonthsLater = BounceScore.after(2.0, NOW, BounceSeverity.SOFT, NOW.plus(Duration.ofDays(60)));
        assertEquals(0.5 + 0.25, twoMonthsLater, 1e-6, "two half-lives: 2.0 became 0.5");
        assertFalse(BounceScore.stopsEmail(twoMonthsLater));
    }
}
