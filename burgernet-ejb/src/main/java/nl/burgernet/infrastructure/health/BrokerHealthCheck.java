package nl.burgernet.infrastructure.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.burgernet.infrastructure.messaging.jms.Jms;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Asks the broker itself, through the resource adapter (the path every send and MDB takes): a temporary queue is
 * made and deleted, which only the broker can answer. Opening a connection alone proves nothing — the pool hands out
 * a connection it made earlier, and its metadata come from the client, so the check stayed UP while the broker was
 * down (the fault suite's finding). While the broker is away the adapter's client waits for it to come back, so a
 * round trip can block for a long time: the probe runs on a thread of its own, the check answers DOWN after {@link
 * #ANSWER_WITHIN}, and as long as a probe has not returned no other is started (readiness is asked every few
 * seconds; blocked probes must not pile up).
 */
@Readiness
@ApplicationScoped
public class BrokerHealthCheck implements DetailedHealthCheck {

    static final Duration ANSWER_WITHIN = Duration.ofSeconds(2);

    @Resource(lookup = Jms.CONNECTION_FACTORY)
    private ConnectionFactory connectionFactory;

    @Resource
    private ManagedExecutorService executor;

    private CompletableFuture<String> probe;
    private Instant probeStarted;

    @Override
    public HealthCheckResponse detailed() {
        var response = HealthCheckResponse.named("jms-broker");
        CompletableFuture<String> current;
        Instant started;
        synchronized (this) {
            if (probe == null || probe.isDone()) {
                probe = CompletableFuture.supplyAsync(this::roundTrip, executor);
                probeStarted = Instant.now();
            }
            current = probe;
            started = probeStarted;
        }
        try {
            return response.up()
                    .withData("provider", current.get(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS))
                    .build();
        } catch (TimeoutException e) {
            return response.down()
                    .withData(
                            "error",
                            "the broker has not answered for "
                                    + Duration.between(started, Instant.now()).toSeconds() + " s")
                    .build();
        } catch (ExecutionException e) {
            return response.down()
                    .withData("error", String.valueOf(e.getCause().getMessage()))
                    .build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return response.down().withData("error", "interrupted").build();
        }
    }

    private String roundTrip() {
        try (Connection c = connectionFactory.createConnection();
                Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            TemporaryQueue answer = s.createTemporaryQueue();
            answer.delete();
            var meta = c.getMetaData();
            return meta.getJMSProviderName() + " " + meta.getProviderVersion();
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
