package nl.burgernet.application.dispatch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How dispatch behaves, from MicroProfile Config ({@code burgernet.dispatch.*}):
 *
 * <ul>
 *   <li>{@code batch-size} (500): recipients per JMS message; smaller batches mean less to redo after a crash
 *   <li>{@code max-attempts} (5): attempts before a delivery is dead-lettered
 *   <li>{@code retry-base-seconds} (30): the first retry's wait; each next one doubles, at most {@code
 *       retry-max-seconds} (1800), and never sooner than the channel asked
 *   <li>{@code claim-timeout-seconds} (60): a delivery claimed by an attempt that gave no result for this long is in
 *       doubt (its server died) and is sent again, under the same identity (e-mail: the same Message-ID)
 *   <li>{@code pending-timeout-seconds} (600): a batch that waited this long without an attempt is queued again
 * </ul>
 */
@ApplicationScoped
public class DispatchSettings {

    private int batchSize;
    private int maxAttempts;
    private Duration retryBase;
    private Duration retryMax;
    private Duration claimTimeout;
    private Duration pendingTimeout;

    protected DispatchSettings() {}

    @Inject
    public DispatchSettings(
            @ConfigProperty(name = "burgernet.dispatch.batch-size", defaultValue = "500") int batchSize,
            @ConfigProperty(name = "burgernet.dispatch.max-attempts", defaultValue = "5") int maxAttempts,
            @ConfigProperty(name = "burgernet.dispatch.retry-base-seconds", defaultValue = "30") long retryBase,
            @ConfigProperty(name = "burgernet.dispatch.retry-max-seconds", defaultValue = "1800") long retryMax,
            @ConfigProperty(name = "burgernet.dispatch.claim-timeout-seconds", defaultValue = "60") long claimTimeout,
            @ConfigProperty(name = "burgernet.dispatch.pending-timeout-seconds", defaultValue = "600")
                    long pendingTimeout) {
        if (batchSize < 1 || maxAttempts < 1 || retryBase < 0 || claimTimeout < 1 || pendingTimeout < 1) {
            throw new IllegalStateException("burgernet.dispatch.* settings must be positive");
        }
        this.batchSize = batchSize;
        this.maxAttempts = maxAttempts;
        this.retryBase = Duration.ofSeconds(retryBase);
        this.retryMax = Duration.ofSeconds(Math.max(retryBase, retryMax));
        this.claimTimeout = Duration.ofSeconds(claimTimeout);
        this.pendingTimeout = Duration.ofSeconds(pendingTimeout);
    }

    public int batchSize() {
        return batchSize;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /** The wait before attempt {@code attemptsSoFar + 1}: doubling from the base, capped, at least what was asked. */
    public Duration backoff(int attemptsSoFar, Duration asked) {
        long factor = 1L << Math.min(20, Math.max(0, attemptsSoFar - 1));
        Duration wait = retryBase.multipliedBy(factor);
        if (wait.compareTo(retryMax) > 0) {
            wait = retryMax;
        }
        return asked != null && asked.compareTo(wait) > 0 ? asked : wait;
    }

    public Duration claimTimeout() {
        return claimTimeout;
    }

    public Duration pendingTimeout() {
        return pendingTimeout;
    }
}
