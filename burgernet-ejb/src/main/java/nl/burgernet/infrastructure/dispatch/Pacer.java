package nl.burgernet.infrastructure.dispatch;

import java.time.Duration;

/**
 * Keeps a lane under a channel's messages per second: each batch reserves the time its messages take at that rate,
 * after what earlier batches reserved, and waits until its turn. Zero means no limit.
 */
final class Pacer {

    private final int perSecond;
    private long nextFreeNanos = System.nanoTime();

    Pacer(int perSecond) {
        this.perSecond = perSecond;
    }

    /** How long a batch of {@code messages} must wait before it may start; reserves its share. */
    synchronized Duration reserve(int messages) {
        if (perSecond <= 0 || messages <= 0) {
            return Duration.ZERO;
        }
        long now = System.nanoTime();
        long start = Math.max(now, nextFreeNanos);
        nextFreeNanos = start + messages * 1_000_000_000L / perSecond;
        return Duration.ofNanos(start - now);
    }

    int perSecond() {
        return perSecond;
    }
}
