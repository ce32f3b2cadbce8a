package nl.burgernet.application.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchCutterTest {

    private final List<PlannedBatch> batches = new ArrayList<>();

    private BatchCutter cutter(int batchSize, ExistingTargets existing) {
        return new BatchCutter(batchSize, existing, batches::add);
    }

    @Test
    void batchesHoldOneChannelAndLanguageAndGoOutAsTheyFill() {
        BatchCutter cutter = cutter(2, new ExistingTargets());
        for (int i = 0; i < 5; i++) {
            cutter.add(new Target(i, 1, "email", "nl"));
            cutter.add(new Target(i, 1, "sms", "nl"));
        }
        cutter.add(new Target(9, 1, "email", "en"));
        assertEquals(4, batches.size(), "full batches are handed on before the last target is read");

        cutter.finish();

        assertEquals(
                List.of("email/nl", "sms/nl", "email/nl", "sms/nl", "email/nl", "sms/nl", "email/en"),
                batches.stream().map(b -> b.channel() + "/" + b.language()).toList());
        assertEquals(11, cutter.targets());
        assertEquals(11, batches.stream().mapToInt(b -> b.targets().size()).sum());
        assertTrue(batches.stream().allMatch(b -> b.targets().size() <= 2));
    }

    @Test
    void eachGroupStartsWithASmallBatchSoTheFirstResidentsAreReachedSoon() {
        BatchCutter cutter = cutter(500, new ExistingTargets());
        for (int i = 0; i < 1_000; i++) {
            cutter.add(new Target(i, 1, "email", "nl"));
            if (i == BatchCutter.FIRST_BATCH_SIZE - 1) {
                assertEquals(1, batches.size(), "the first batch leaves once it holds its 50");
            }
        }
        cutter.finish();

        assertEquals(
                List.of(BatchCutter.FIRST_BATCH_SIZE, 500, 1_000 - 500 - BatchCutter.FIRST_BATCH_SIZE),
                batches.stream().map(b -> b.targets().size()).toList());
    }

    @Test
    void aResumedSnapshotLeavesOutWhatIsWrittenAlready() {
        ExistingTargets existing = new ExistingTargets();
        existing.add(1, "email");
        existing.add(4_000_000_002L, "sms");
        BatchCutter cutter = cutter(100, existing);
        cutter.add(new Target(1, 1, "email", "nl"));
        cutter.add(new Target(4_000_000_002L, 1, "email", "nl"));
        cutter.add(new Target(4_000_000_002L, 1, "sms", "nl"));
        cutter.finish();

        assertEquals(1, batches.size());
        assertEquals(
                List.of(new Target(4_000_000_002L, 1, "email", "nl")),
                batches.get(0).targets());
        assertEquals(2, existing.size());
    }
}
