package nl.burgernet.application.dispatch;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import nl.burgernet.infrastructure.dispatch.DeliveryStore;

/**
 * Writes a message's recipients into delivery records, batch by batch, and queues each batch as it is written, while
 * the recipients are still being read: a national alert's two million are never in the heap at once. The first
 * transaction holds a single small batch so the first residents are reached within a second of the launch; the rest
 * go ten full batches per transaction. A snapshot that died half-way resumes: targets that already have a record are
 * left out.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Snapshotter {

    private static final Logger LOG = Logger.getLogger(Snapshotter.class.getName());
    private static final int BATCHES_PER_TRANSACTION = 10;

    @Inject
    DispatchSteps steps;

    @Inject
    Targeting targeting;

    @Inject
    DeliveryStore store;

    @Inject
    DispatchSettings settings;

    public void snapshot(long messageId) {
        Optional<SnapshotPlan> plan = steps.plan(messageId);
        if (plan.isEmpty()) {
            return;
        }
        SnapshotPlan p = plan.get();
        ExistingTargets existing = store.existingTargets(messageId);
        Writer writer = new Writer(p.alertId(), messageId);
        BatchCutter cutter = new BatchCutter(settings.batchSize(), existing, writer::add);
        if (p.query().isPresent()) {
            targeting.select(p.query().get(), cutter::add);
        } else {
            store.reachedBy(p.firstMessageId(), cutter::add);
        }
        cutter.finish();
        writer.flush();
        steps.snapshotDone(messageId);
        steps.completeIfDone(messageId);
        LOG.info(() -> "Message " + messageId + " of alert " + p.alertId() + ": " + cutter.targets() + " deliveries in "
                + writer.batches + " batches" + (existing.size() > 0 ? " (resumed)" : ""));
    }

    /** Collects batches for a transaction: one for the first, then {@value #BATCHES_PER_TRANSACTION}. */
    private final class Writer {
        private final long alertId;
        private final long messageId;
        private final List<PlannedBatch> pending = new ArrayList<>();
        private int perTransaction = 1;
        private int batches;

        Writer(long alertId, long messageId) {
            this.alertId = alertId;
            this.messageId = messageId;
        }

        void add(PlannedBatch batch) {
            pending.add(batch);
            if (pending.size() >= perTransaction) {
                flush();
                perTransaction = BATCHES_PER_TRANSACTION;
            }
        }

        void flush() {
            if (!pending.isEmpty()) {
                steps.writeBatches(alertId, messageId, List.copyOf(pending));
                batches += pending.size();
                pending.clear();
            }
        }
    }
}
