package nl.burgernet.application.dispatch;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Writes a message's recipients into delivery records, batch by batch, and queues each batch as it is written. The
 * first transaction holds a single small batch so the first residents are reached within a second of the launch;
 * the rest go ten full batches per transaction. Batches of different channels and languages are interleaved, so no channel
 * waits for another's snapshot. A snapshot that died half-way resumes: targets that already have a record are
 * left out.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Snapshotter {

    private static final Logger LOG = Logger.getLogger(Snapshotter.class.getName());
    private static final int BATCHES_PER_TRANSACTION = 10;

    /**
     * The first batch of each channel and language is this small whatever the batch size: its results are recorded
     * (and its residents reached) long before a full batch would have been sent.
     */
    static final int FIRST_BATCH_SIZE = 50;

    @Inject
    DispatchSteps steps;

    @Inject
    Targeting targeting;

    @Inject
    DispatchSettings settings;

    public void snapshot(long messageId) {
        Optional<SnapshotPlan> plan = steps.plan(messageId);
        if (plan.isEmpty()) {
            return;
        }
        SnapshotPlan p = plan.get();
        List<Target> targets = p.query().isPresent()
                ? targeting.select(p.query().get()).targets()
                : steps.reachedBy(p.firstMessageId());
        Set<String> existing = steps.existingTargets(messageId);
        List<PlannedBatch> batches = plan(targets, existing, settings.batchSize());
        int written = 0;
        int perTransaction = 1;
        while (written < batches.size()) {
            int end = Math.min(batches.size(), written + perTransaction);
            steps.writeBatches(p.alertId(), messageId, batches.subList(written, end));
            written = end;
            perTransaction = BATCHES_PER_TRANSACTION;
        }
        steps.snapshotDone(messageId);
        steps.completeIfDone(messageId);
        int count = targets.size() - existing.size();
        LOG.info(() -> "Message " + messageId + " of alert " + p.alertId() + ": " + count + " deliveries in "
                + batches.size() + " batches");
    }

    /** Groups targets by channel and language, cuts them into batches, and interleaves the groups. */
    static List<PlannedBatch> plan(List<Target> targets, Set<String> existing, int batchSize) {
        Map<String, List<Target>> groups = new LinkedHashMap<>();
        for (Target t : targets) {
            if (!existing.contains(t.key())) {
                groups.computeIfAbsent(t.channel() + "/" + t.language(), k -> new ArrayList<>())
                        .add(t);
            }
        }
        List<Deque<PlannedBatch>> perGroup = new ArrayList<>();
        for (List<Target> group : groups.values()) {
            Deque<PlannedBatch> cut = new ArrayDeque<>();
            int size = Math.min(batchSize, FIRST_BATCH_SIZE);
            for (int i = 0; i < group.size(); i += size, size = batchSize) {
                List<Target> part = group.subList(i, Math.min(group.size(), i + size));
                cut.add(new PlannedBatch(part.get(0).channel(), part.get(0).language(), part));
            }
            perGroup.add(cut);
        }
        List<PlannedBatch> interleaved = new ArrayList<>();
        boolean any = true;
        while (any) {
            any = false;
            for (Deque<PlannedBatch> cut : perGroup) {
                if (!cut.isEmpty()) {
                    interleaved.add(cut.poll());
                    any = true;
                }
            }
        }
        return interleaved;
    }
}
