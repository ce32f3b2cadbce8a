package nl.burgernet.channel.api;

import java.time.Duration;
import java.util.Objects;

/**
 * What a channel can carry at once. The core gives every channel its own backlog and never runs more of its batches
 * at the same time than declared here (a platform admin may lower it per municipality, never raise it), so a slow
 * channel cannot hold up another.
 *
 * @param concurrentBatches how many batches of this channel may be delivered at the same time (the SMSC's or SIP
 *     trunk's limit, a mail server's connections)
 * @param messagesPerSecond the most messages a second the provider accepts; 0 for no limit of its own
 * @param batchTimeLimit how long one batch may take; after it the core gives up on that attempt, retries the batch
 *     and marks the channel degraded
 */
public record Capacity(int concurrentBatches, int messagesPerSecond, Duration batchTimeLimit) {

    /** Four batches at once, no rate limit, five minutes a batch. */
    public static final Capacity DEFAULT = new Capacity(4, 0, Duration.ofMinutes(5));

    public Capacity {
        if (concurrentBatches < 1) {
            throw new IllegalArgumentException("A channel carries at least one batch at a time: " + concurrentBatches);
        }
        if (messagesPerSecond < 0) {
            throw new IllegalArgumentException("Messages per second is 0 (no limit) or more: " + messagesPerSecond);
        }
        Objects.requireNonNull(batchTimeLimit, "batchTimeLimit");
        if (batchTimeLimit.isNegative() || batchTimeLimit.isZero()) {
            throw new IllegalArgumentException("A batch time limit is longer than zero: " + batchTimeLimit);
        }
    }

    /** This capacity, lowered to at most {@code concurrent} batches and {@code perSecond} messages (0 = keep). */
    public Capacity loweredTo(int concurrent, int perSecond) {
        int batches = concurrent > 0 ? Math.min(concurrent, concurrentBatches) : concurrentBatches;
        int rate = perSecond <= 0
                ? messagesPerSecond
                : messagesPerSecond == 0 ? perSecond : Math.min(perSecond, messagesPerSecond);
        return new Capacity(batches, rate, batchTimeLimit);
    }
}
