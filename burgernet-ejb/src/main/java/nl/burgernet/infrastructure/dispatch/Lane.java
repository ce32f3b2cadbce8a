package nl.burgernet.infrastructure.dispatch;

import java.time.Instant;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import nl.burgernet.channel.api.Capacity;

/**
 * One channel's share of the dispatch: how many of its batches run at once (its declared capacity, and a lower
 * limit per municipality where the platform admin set one), its pace, and whether it is degraded. Attempts that ran
 * over the time limit are counted while their plugin call hangs; with too many, the lane stops calling the plugin
 * (its batches are retried and, in the end, dead-lettered) until the calls return.
 */
final class Lane {

    /** How many batches may wait in the lane for a place; more go back to the queue with a delay. */
    static final int WAITING_ROOM = 64;

    private final String channel;
    private final Capacity capacity;
    private final Semaphore permits;
    private final Pacer pacer;
    private final Map<Long, Share> shares = new ConcurrentHashMap<>();
    private final AtomicInteger hanging = new AtomicInteger();
    private final Queue<Long> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicInteger waitingCount = new AtomicInteger();
    private volatile String degraded = "";
    private volatile Instant degradedSince;

    Lane(String channel, Capacity capacity) {
        this.channel = channel;
        this.capacity = capacity;
        this.permits = new Semaphore(capacity.concurrentBatches());
        this.pacer = new Pacer(capacity.messagesPerSecond());
    }

    String channel() {
        return channel;
    }

    Capacity capacity() {
        return capacity;
    }

    /**
     * A place for one batch of {@code municipality}, or null when the lane (or that municipality's share of it) is
     * full. {@code lowered} is the municipality's own limit, null when it has none.
     */
    Ticket tryEnter(long municipality, Capacity lowered) {
        if (!permits.tryAcquire()) {
            return null;
        }
        if (lowered == null) {
            return new Ticket(null, pacer);
        }
        // A changed limit gets a new share; batches admitted under the old one give their places back to it.
        Share share = shares.compute(
                municipality, (m, old) -> old != null && old.limit().equals(lowered) ? old : Share.of(lowered, pacer));
        if (!share.permits().tryAcquire()) {
            permits.release();
            return null;
        }
        return new Ticket(share.permits(), share.pacer());
    }

    /** A municipality's lowered part of the lane: its own places and, if its rate is lower, its own pace. */
    private record Share(Capacity limit, Semaphore permits, Pacer pacer) {
        static Share of(Capacity limit, Pacer lanePacer) {
            Pacer pacer = limit.messagesPerSecond() == lanePacer.perSecond()
                    ? lanePacer
                    : new Pacer(limit.messagesPerSecond());
            return new Share(limit, new Semaphore(limit.concurrentBatches()), pacer);
        }
    }

    /**
     * Keeps a batch that found the lane full, to start the moment a place frees up; false when the waiting room is
     * full too (then it goes back to the queue with a delay). Only ids wait here, acknowledged on the queue but still
     * PENDING in the database: after a crash the first sweep queues them again.
     */
    boolean hold(long batchId) {
        if (waitingCount.incrementAndGet() > WAITING_ROOM) {
            waitingCount.decrementAndGet();
            return false;
        }
        waiting.add(batchId);
        return true;
    }

    /** Puts a batch taken from the waiting room back at its end, whatever its size (it was counted before). */
    void holdAgain(long batchId) {
        waitingCount.incrementAndGet();
        waiting.add(batchId);
    }

    /** The batch that has waited longest, or null. */
    Long nextWaiting() {
        Long id = waiting.poll();
        if (id != null) {
            waitingCount.decrementAndGet();
        }
        return id;
    }

    /** Too many attempts hang: calling the plugin again would only tie up another thread. */
    boolean stuck() {
        return hanging.get() >= 2 * capacity.concurrentBatches();
    }

    int hanging() {
        return hanging.get();
    }

    /** An attempt ran over the time limit: its place is given back, its thread counted until the call returns. */
    void overran(Ticket ticket, String reason) {
        hanging.incrementAndGet();
        if (degraded.isEmpty()) {
            degradedSince = Instant.now();
        }
        degraded = reason;
        ticket.release(this);
    }

    /** A plugin call given up on has returned at last. */
    void hungCallReturned() {
        hanging.decrementAndGet();
    }

    /** A batch finished within its time limit: the channel answers again. */
    void finishedInTime(Ticket ticket) {
        ticket.release(this);
        if (hanging.get() == 0) {
            degraded = "";
            degradedSince = null;
        }
    }

    LaneStatus status() {
        int running = capacity.concurrentBatches() - permits.availablePermits();
        return new LaneStatus(channel, running, hanging.get(), degraded, degradedSince);
    }

    /** One admitted batch's place in the lane; given back once, whichever comes first. */
    static final class Ticket {
        private final Semaphore municipality;
        private final Pacer pacer;
        private boolean released;

        private Ticket(Semaphore municipality, Pacer pacer) {
            this.municipality = municipality;
            this.pacer = pacer;
        }

        Pacer pacer() {
            return pacer;
        }

        synchronized void release(Lane lane) {
            if (released) {
                return;
            }
            released = true;
            lane.permits.release();
            if (municipality != null) {
                municipality.release();
            }
        }
    }
}
