package nl.burgernet.application.resident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code max} resident mails per address in any {@code window}. Anyone can type someone else's address into
 * the sign-up or "send me my link" form; without a limit the portal could be used to flood that mailbox. In memory
 * and per node: a restart or a second node lets a few more through, which is acceptable for this purpose.
 */
public final class MailThrottle {

    /** Beyond this many tracked addresses, expired entries are swept before a new one is added. */
    private static final int SWEEP_ABOVE = 10_000;

    private final int max;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> sent = new ConcurrentHashMap<>();

    public MailThrottle(int max, Duration window, Clock clock) {
        if (max < 1) {
            throw new IllegalArgumentException("At least one mail per window must be allowed");
        }
        this.max = max;
        this.window = window;
        this.clock = clock;
    }

    /** Records a mail to {@code address} and answers true, or answers false when its quota is used up. */
    public boolean tryAcquire(String address) {
        Instant now = clock.instant();
        Instant horizon = now.minus(window);
        if (sent.size() > SWEEP_ABOVE) {
            sent.values().removeIf(times -> {
                synchronized (times) {
                    return times.isEmpty() || !times.peekLast().isAfter(horizon);
                }
            });
        }
        Deque<Instant> times = sent.computeIfAbsent(address.toLowerCase(Locale.ROOT), k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
                times.pollFirst();
            }
            if (times.size() >= max) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
