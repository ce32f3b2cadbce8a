package nl.burgernet.channel.sms.smpp;

import java.time.Duration;

/**
 * A token bucket over submit_sm, shared by every batch on one bind: the SMSC's contract limits the account, not a
 * batch. A tenth of a second's worth may go at once. When the SMSC says it is throttling, everyone pauses together.
 */
public final class RateLimit {

    private final long intervalNanos;
    private final long burstNanos;
    private long nextFree = System.nanoTime();

    /** @param perSecond submit_sm a second; 0 for no limit */
    public RateLimit(int perSecond) {
        this.intervalNanos = perSecond <= 0 ? 0 : 1_000_000_000L / perSecond;
        this.burstNanos = Math.max(intervalNanos, 100_000_000L);
    }

    /** Waits for the next slot; false when it would come after {@code deadlineNanos} (then nothing is taken). */
    public boolean acquire(long deadlineNanos) throws InterruptedException {
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long slot = Math.max(nextFree, now - burstNanos);
            if (slot - deadlineNanos > 0) {
                return false;
            }
            nextFree = slot + intervalNanos;
            wait = slot - now;
        }
        if (wait > 0) {
            Thread.sleep(Duration.ofNanos(wait));
        }
        return true;
    }

    /** No slot before {@code pause} from now: the SMSC asked us to slow down. */
    public synchronized void pause(Duration pause) {
        nextFree = Math.max(nextFree, System.nanoTime() + pause.toNanos());
    }
}
