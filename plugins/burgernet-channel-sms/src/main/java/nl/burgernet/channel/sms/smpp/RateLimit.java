package nl.burgernet.channel.sms.smpp;

import java.time.Duration;

/**
 * A token bucket over submit_sm, shared by every batch on one bind: the SMSC's contract limits the account, not a
 * batch. A tenth of a second's worth may go at once. When the SMSC says it is busy, everyone pauses together and the
 * rate is halved; every accepted submit wins back a little of it, up to the configured rate (additive increase,
 * multiplicative decrease), so the channel settles just under what the SMSC really takes.
 */
public final class RateLimit {

    private static final long SLOWEST_INTERVAL = Duration.ofSeconds(1).toNanos();
    private static final long BURST = Duration.ofMillis(100).toNanos();

    private final long configuredInterval;
    private long interval;
    private static final long ONE_CONGESTION = Duration.ofMillis(250).toNanos();

    private long nextFree = System.nanoTime();
    private long lastSlowDown = System.nanoTime() - ONE_CONGESTION;

    /** @param perSecond submit_sm a second; 0 for no limit */
    public RateLimit(int perSecond) {
        this.configuredInterval = perSecond <= 0 ? 0 : 1_000_000_000L / perSecond;
        this.interval = configuredInterval;
    }

    /** Waits for the next slot; false when it would come after {@code deadlineNanos} (then nothing is taken). */
    public boolean acquire(long deadlineNanos) throws InterruptedException {
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long slot = Math.max(nextFree, now - Math.max(interval, BURST));
            if (slot - deadlineNanos > 0) {
                return false;
            }
            nextFree = slot + interval;
            wait = slot - now;
        }
        if (wait > 0) {
            Thread.sleep(Duration.ofNanos(wait));
        }
        return true;
    }

    /** The SMSC took a submit: a little faster again, never beyond the configured rate. */
    public synchronized void accepted() {
        if (interval > configuredInterval) {
            interval = Math.max(configuredInterval, interval - Math.max(1, interval / 50));
        }
    }

    /** The SMSC is busy: no slot before {@code pause} from now, and half the rate from then on. */
    public synchronized void busy(Duration pause) {
        long now = System.nanoTime();
        nextFree = Math.max(nextFree, now + pause.toNanos());
        // The answers to one burst come together: they are one sign of congestion, not many.
        if (now - lastSlowDown > ONE_CONGESTION) {
            interval = Math.min(
                    SLOWEST_INTERVAL,
                    Math.max(interval * 2, Duration.ofMillis(1).toNanos()));
            lastSlowDown = now;
        }
    }

    /** Submits a second at the moment; for tests and logs. */
    public synchronized double currentRate() {
        return interval == 0 ? Double.POSITIVE_INFINITY : 1e9 / interval;
    }
}
