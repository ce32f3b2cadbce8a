package nl.burgernet.application.dispatch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Cuts targets into batches of one channel and language as they arrive, and hands each batch on as soon as it is
 * full: a snapshot never holds more than a batch per channel and language. The first batch of each holds {@link
 * #FIRST_BATCH_SIZE} whatever the batch size: its residents are reached long before a full batch would have been
 * sent. Targets that already have a delivery (a resumed snapshot) are left out. Since every participant's channels
 * arrive together, the batches of different channels and languages take turns by themselves.
 */
final class BatchCutter {

    /** The size of the first batch of each channel and language. */
    static final int FIRST_BATCH_SIZE = 50;

    private final int batchSize;
    private final ExistingTargets existing;
    private final Consumer<PlannedBatch> out;
    private final Map<String, List<Target>> open = new LinkedHashMap<>();
    private final Map<String, Integer> limits = new LinkedHashMap<>();
    private long cut;

    BatchCutter(int batchSize, ExistingTargets existing, Consumer<PlannedBatch> out) {
        this.batchSize = batchSize;
        this.existing = existing;
        this.out = out;
    }

    void add(Target t) {
        if (existing.contains(t)) {
            return;
        }
        String group = t.channel() + "/" + t.language();
        List<Target> batch = open.computeIfAbsent(group, g -> new ArrayList<>());
        batch.add(t);
        if (batch.size() >= limits.getOrDefault(group, Math.min(batchSize, FIRST_BATCH_SIZE))) {
            emit(batch);
            open.remove(group);
            limits.put(group, batchSize);
        }
    }

    /** Hands on what is left of every channel and language. */
    void finish() {
        open.values().forEach(this::emit);
        open.clear();
    }

    /** The targets handed on so far. */
    long targets() {
        return cut;
    }

    private void emit(List<Target> batch) {
        cut += batch.size();
        out.accept(new PlannedBatch(batch.get(0).channel(), batch.get(0).language(), batch));
    }
}
