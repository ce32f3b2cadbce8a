package nl.burgernet.infrastructure.mail.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.burgernet.infrastructure.mail.intake.Chunks.Range;
import org.junit.jupiter.api.Test;

class ChunksTest {

    @Test
    void shortRepliesGoInChunksOfTheMostMails() {
        long[] sizes = new long[25];
        java.util.Arrays.fill(sizes, 2_000);

        assertEquals(List.of(new Range(0, 10), new Range(10, 20), new Range(20, 25)), Chunks.of(sizes, 10, 1_000_000));
    }

    @Test
    void aChunkEndsBeforeTheMailThatWouldTakeItOverTheByteLimit() {
        long[] sizes = {400, 400, 400, 100, 900, 50};

        assertEquals(List.of(new Range(0, 2), new Range(2, 4), new Range(4, 6)), Chunks.of(sizes, 100, 1_000));
    }

    @Test
    void aMailLargerThanTheLimitIsAChunkOfItsOwn() {
        long[] sizes = {10, 5_000, 10};

        assertEquals(List.of(new Range(0, 1), new Range(1, 2), new Range(2, 3)), Chunks.of(sizes, 100, 1_000));
    }

    @Test
    void anEmptyRunHasNoChunks() {
        assertEquals(List.of(), Chunks.of(new long[0], 10, 1_000));
    }

    @Test
    void aRunTakesWhatFitsButAlwaysAtLeastOneMail() {
        assertEquals(2, Chunks.fitting(new long[] {400, 400, 400}, 1_000));
        assertEquals(1, Chunks.fitting(new long[] {5_000, 10}, 1_000));
        assertEquals(3, Chunks.fitting(new long[] {1, 1, 1}, 1_000));
        assertEquals(0, Chunks.fitting(new long[0], 1_000));
    }
}
