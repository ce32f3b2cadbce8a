package nl.burgernet.application.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SnapshotterTest {

    @Test
    void batchesHoldOneChannelAndLanguageAndGroupsTakeTurns() {
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            targets.add(new Target(i, 1, "email", "nl"));
            targets.add(new Target(i, 1, "sms", "nl"));
        }
        targets.add(new Target(9, 1, "email", "en"));

        List<PlannedBatch> batches = Snapshotter.plan(targets, Set.of(), 2);

        assertEquals(
                List.of("email/nl", "sms/nl", "email/en", "email/nl", "sms/nl", "email/nl", "sms/nl"),
                batches.stream().map(b -> b.channel() + "/" + b.language()).toList());
        assertEquals(11, batches.stream().mapToInt(b -> b.targets().size()).sum());
        assertTrue(batches.stream().allMatch(b -> b.targets().size() <= 2));
    }

    @Test
    void eachGroupStartsWithASmallBatchSoTheFirstResidentsAreReachedSoon() {
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            targets.add(new Target(i, 1, "email", "nl"));
        }

        List<PlannedBatch> batches = Snapshotter.plan(targets, Set.of(), 500);

        assertEquals(
                List.of(Snapshotter.FIRST_BATCH_SIZE, 500, 1_000 - 500 - Snapshotter.FIRST_BATCH_SIZE),
                batches.stream().map(b -> b.targets().size()).toList());
    }

    @Test
    void aResumedSnapshotLeavesOutWhatIsWrittenAlready() {
        List<Target> targets = List.of(
                new Target(1, 1, "email", "nl"), new Target(2, 1, "email", "nl"), new Target(2, 1, "sms", "nl"));

        List<PlannedBatch> batches = Snapshotter.plan(targets, Set.of("1:email", "2:sms"), 100);

        assertEquals(1, batches.size());
        assertEquals(List.of(new Target(2, 1, "email", "nl")), batches.get(0).targets());
    }
}
