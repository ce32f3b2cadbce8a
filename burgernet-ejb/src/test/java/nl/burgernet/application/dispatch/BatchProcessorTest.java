package nl.burgernet.application.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.burgernet.channel.api.DeliveryResult;
import nl.burgernet.infrastructure.dispatch.DeliveryStore.Outcome;
import org.junit.jupiter.api.Test;

class BatchProcessorTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    private final BatchProcessor processor = processor();

    private static BatchProcessor processor() {
        BatchProcessor p = new BatchProcessor();
        p.settings = new DispatchSettings(200, 3, 30, 1800, 60, 600);
        return p;
    }

    private static ClaimedDelivery claimed(long id, int attempts) {
        return new ClaimedDelivery(id, id, 1, "a" + id + "@example.nl", "", "key" + id, "", "token", attempts);
    }

    @Test
    void everyClaimedDeliveryGetsOneOutcome() {
        List<Outcome> outcomes = processor.outcomes(
                List.of(claimed(1, 1), claimed(2, 1), claimed(3, 1), claimed(4, 1)),
                List.of(
                        new DeliveryResult.Sent(1, "<m1@example.nl>"),
                        new DeliveryResult.Failed(2, "no such mailbox"),
                        new DeliveryResult.Retry(3, "greylisted", Duration.ofMinutes(5))),
                NOW);

        assertEquals(
                List.of("SENT", "FAILED", "RETRY", "RETRY"),
                outcomes.stream().map(Outcome::status).toList());
        assertEquals("<m1@example.nl>", outcomes.get(0).providerId());
        assertEquals(NOW.plus(Duration.ofMinutes(5)), outcomes.get(2).nextAttempt(), "the channel asked for 5 minutes");
        assertEquals(NOW.plusSeconds(30), outcomes.get(3).nextAttempt(), "no result: retried after the base wait");
        assertTrue(outcomes.get(3).error().contains("no result"));
    }

    @Test
    void theLastAttemptGoesToTheDeadLetter() {
        List<Outcome> outcomes = processor.outcomes(
                List.of(claimed(1, 3)), List.of(new DeliveryResult.Retry(1, "busy", Duration.ZERO)), NOW);

        assertEquals("DEAD", outcomes.get(0).status());
        assertTrue(outcomes.get(0).error().contains("3 attempts"));
    }
}
