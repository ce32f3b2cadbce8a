package nl.burgernet.infrastructure.dispatch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.burgernet.application.dispatch.BatchHead;
import nl.burgernet.application.dispatch.BatchProcessor;
import nl.burgernet.application.dispatch.BatchWork;
import nl.burgernet.application.dispatch.DispatchSettings;
import nl.burgernet.application.dispatch.InDoubt;
import nl.burgernet.channel.api.Capacity;
import nl.burgernet.channel.api.DeliveryChannel;
import nl.burgernet.channel.api.DeliveryResult;
import nl.burgernet.infrastructure.channels.ChannelRegistry;

/**
 * A lane per deployed channel: admitted batches run on threads of their own, as many at once as the channel's
 * {@link Capacity} allows (lower for a municipality whose limit the platform admin lowered), at its pace, each
 * within its time limit. A batch that runs over the limit is abandoned — its deliveries are retried, then
 * dead-lettered — and the channel is marked degraded until a batch finishes in time again. Because no other channel
 * shares a lane's threads or places, a slow or hanging channel delays nobody else.
 *
 * <p>A claim of this server run counts as in doubt only after the lane would itself have given up on it; one of
 * another run (a server that may have died) after the claim timeout: see {@link #inDoubt(String)}.
 */
@ApplicationScoped
public class ChannelLanes {

    private static final Logger LOG = Logger.getLogger(ChannelLanes.class.getName());
    private static final Duration MARGIN = Duration.ofSeconds(5);
    private static final Duration RECORD_RETRY_FIRST = Duration.ofMillis(500);
    private static final Duration RECORD_RETRY_LONGEST = Duration.ofSeconds(5);

    @Inject
    ChannelRegistry registry;

    @Inject
    BatchProcessor processor;

    @Inject
    DispatchSettings settings;

    @Inject
    ChannelLimits limits;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    private final Map<String, Lane> lanes = new ConcurrentHashMap<>();
    private volatile boolean requeueWaiting;
    private ExecutorService workers;
    private ScheduledExecutorService deadlines;

    @PostConstruct
    void start() {
        // Threads of the lanes' own, not the container's shared executor: a hanging plugin ties up only its threads.
        workers = Executors.newCachedThreadPool(threads);
        deadlines = Executors.newSingleThreadScheduledExecutor(threads);
    }

    @PreDestroy
    void stop() {
        deadlines.shutdownNow();
        workers.shutdownNow();
    }

    /** What became of a batch offered to its lane. */
    public sealed interface Admission {
        /** The lane took it (or there was nothing to do). */
        record Taken() implements Admission {}

        /** The lane is full: offer it again later. */
        record Full(String channel) implements Admission {}
    }

    private static final Admission TAKEN = new Admission.Taken();

    /**
     * Offers a batch to its channel's lane; returns at once, the delivery runs on the lane's threads. A batch that
     * finds the lane full waits in it (up to {@link Lane#WAITING_ROOM}) and starts as soon as a place frees up: sent
     * back to the queue with a delay instead, a lane would idle between batches for most of that delay.
     */
    public Admission admit(long batchId) {
        Admission admission = enter(batchId);
        if (admission instanceof Admission.Full full) {
            Lane lane = lane(full.channel());
            if (lane.hold(batchId)) {
                // The batches running may all have finished in the meantime: nobody else would start this one.
                startWaiting(lane);
                return TAKEN;
            }
        }
        return admission;
    }

    /** Starts waiting batches while the lane has places. */
    private void startWaiting(Lane lane) {
        for (Long next = lane.nextWaiting(); next != null; next = lane.nextWaiting()) {
            Admission admission;
            try {
                admission = enter(next);
            } catch (RuntimeException e) {
                // The database did not answer: the batch is still PENDING, and the sweep queues it again.
                LOG.log(Level.WARNING, e, () -> "A waiting batch of '" + lane.channel() + "' could not be started");
                return;
            }
            if (admission instanceof Admission.Full) {
                lane.holdAgain(next);
                return;
            }
        }
    }

    private Admission enter(long batchId) {
        Optional<BatchHead> found = processor.head(batchId);
        if (found.isEmpty()) {
            LOG.warning(() -> "A JMS message names batch " + batchId + ", which does not exist; ignored");
            return TAKEN;
        }
        BatchHead head = found.get();
        Lane lane = lane(head.channel());
        if (lane.stuck()) {
            // Calling the plugin again would only tie up one more thread; the attempt still counts, so the
            // deliveries reach the dead letter in the end instead of waiting for ever.
            processor.claim(batchId, inDoubt(lane)).ifPresent(work -> processor.abandon(work, stuckReason(lane)));
            return TAKEN;
        }
        long municipality = limits.hasAny(head.channel()) ? processor.owner(head) : 0;
        Capacity lowered = municipality == 0
                ? null
                : limits.lowered(head.channel(), municipality, lane.capacity()).orElse(null);
        Lane.Ticket ticket = lane.tryEnter(municipality, lowered);
        if (ticket == null) {
            return new Admission.Full(head.channel());
        }
        try {
            workers.execute(() -> run(lane, ticket, head));
        } catch (RejectedExecutionException e) {
            ticket.release(lane);
            return new Admission.Full(head.channel());
        }
        return TAKEN;
    }

    /**
     * When a claim on this channel's deliveries is in doubt: one of another server run after the claim timeout (that
     * server may have died), one of this run only after the lane would have given up on it, plus a margin.
     */
    public InDoubt inDoubt(String channel) {
        return inDoubt(lane(channel));
    }

    /** Every deployed channel's lane, in id order. */
    public List<LaneStatus> status() {
        return registry.descriptors().stream()
                .map(d -> lane(d.id()).status())
                .sorted(java.util.Comparator.comparing(LaneStatus::channel))
                .toList();
    }

    public Optional<LaneStatus> status(String channel) {
        return registry.find(channel).map(c -> lane(channel).status());
    }

    private void run(Lane lane, Lane.Ticket ticket, BatchHead head) {
        try {
            runOne(lane, ticket, head);
        } finally {
            startWaiting(lane);
        }
    }

    private void runOne(Lane lane, Lane.Ticket ticket, BatchHead head) {
        AtomicBoolean settled = new AtomicBoolean();
        try {
            Duration wait = ticket.pacer().reserve(head.size());
            if (!wait.isZero()) {
                Thread.sleep(wait);
            }
            Optional<BatchWork> claimed = processor.claim(head.batchId(), inDoubt(lane));
            if (claimed.isEmpty()) {
                settled.set(true);
                lane.finishedInTime(ticket);
                return;
            }
            BatchWork work = claimed.get();
            long claimedAt = System.nanoTime();
            Thread worker = Thread.currentThread();
            Duration limit = lane.capacity().batchTimeLimit();
            ScheduledFuture<?> deadline = deadlines.schedule(
                    () -> overrun(lane, ticket, work, settled, worker), limit.toMillis(), TimeUnit.MILLISECONDS);
            List<DeliveryResult> results = processor.deliver(work);
            if (settled.compareAndSet(false, true)) {
                deadline.cancel(false);
                try {
                    recordPatiently(lane, work, results, claimedAt);
                } finally {
                    // Also when the results could not be recorded: the place was kept before, and with a limit of
                    // one batch at a time the municipality's lane stayed full for good.
                    lane.finishedInTime(ticket);
                }
            } else {
                lane.hungCallReturned();
                LOG.info(() -> "Channel '" + lane.channel() + "' returned batch " + head.batchId()
                        + " after it was given up on; its results are ignored (the batch was retried)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (settled.compareAndSet(false, true)) {
                ticket.release(lane);
            }
        } catch (RuntimeException e) {
            // The database refused a claim or a result: a claim stays, and the sweep finds it in doubt later; a
            // batch that was not claimed is still waiting, and the sweep queues every waiting batch again.
            LOG.log(Level.WARNING, e, () -> "Batch " + head.batchId() + " of '" + lane.channel() + "' failed");
            databaseRefused();
            if (settled.compareAndSet(false, true)) {
                ticket.release(lane);
            }
        }
    }

    /**
     * Records what the channel did, and when the database refuses (it is restarting, or the network to it is down),
     * tries again every few seconds until the batch's time limit: the messages are out, and forgetting that
     * would leave the claim to go in doubt and every one of them to be sent a second time, after the time limit (the
     * fault suite's finding: 50 residents waited five minutes for a copy under the same Message-ID).
     */
    private void recordPatiently(Lane lane, BatchWork work, List<DeliveryResult> results, long claimedAt)
            throws InterruptedException {
        // Not beyond the time limit: after it (and a margin) the claim is in doubt and may be taken over.
        long giveUpAt = claimedAt + lane.capacity().batchTimeLimit().toNanos();
        Duration wait = RECORD_RETRY_FIRST;
        while (true) {
            try {
                processor.record(work, results);
                return;
            } catch (RuntimeException e) {
                databaseRefused();
                if (System.nanoTime() + wait.toNanos() > giveUpAt) {
                    throw e;
                }
                Duration next = wait;
                LOG.log(
                        Level.WARNING,
                        () -> "The results of batch " + work.head().batchId() + " could not be recorded (" + e
                                + "); trying again in " + seconds(next));
                Thread.sleep(wait);
                wait = wait.multipliedBy(2).compareTo(RECORD_RETRY_LONGEST) > 0
                        ? RECORD_RETRY_LONGEST
                        : wait.multipliedBy(2);
            }
        }
    }

    /** Something in dispatch found the database refusing: the next sweep queues every waiting batch again. */
    public void databaseRefused() {
        requeueWaiting = true;
    }

    /** Whether a database failure was seen since the last call; clears it. */
    public boolean takeRequeueRequest() {
        boolean requested = requeueWaiting;
        requeueWaiting = false;
        return requested;
    }

    private void overrun(Lane lane, Lane.Ticket ticket, BatchWork work, AtomicBoolean settled, Thread worker) {
        if (!settled.compareAndSet(false, true)) {
            return;
        }
        String reason = "The channel '" + lane.channel() + "' did not finish a batch within "
                + seconds(lane.capacity().batchTimeLimit());
        lane.overran(ticket, reason);
        workers.execute(() -> startWaiting(lane));
        LOG.warning(() -> reason + " (batch " + work.head().batchId() + "); its "
                + work.claimed().size() + " deliveries are tried again later");
        workers.execute(() -> {
            try {
                processor.abandon(work, reason);
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        e,
                        () -> "Could not give up batch " + work.head().batchId());
            }
        });
        // A plugin that honours interruption stops now; one that does not keeps only its own thread.
        worker.interrupt();
    }

    private InDoubt inDoubt(Lane lane) {
        Instant now = Instant.now();
        Duration own = lane.capacity().batchTimeLimit().plus(MARGIN);
        return new InDoubt(now.minus(settings.claimTimeout()), now.minus(own));
    }

    private static String stuckReason(Lane lane) {
        return "The channel '" + lane.channel() + "' is not answering: " + lane.hanging()
                + " batches did not finish within " + seconds(lane.capacity().batchTimeLimit());
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private Lane lane(String channel) {
        return lanes.computeIfAbsent(
                channel,
                id -> new Lane(
                        id,
                        registry.find(id)
                                .map(DeliveryChannel::descriptor)
                                .map(d -> d.capacity())
                                .orElse(Capacity.DEFAULT)));
    }
}
