package nl.burgernet.interfaces.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.burgernet.application.dispatch.ChannelProgress;
import org.junit.jupiter.api.Test;

class ChannelBarTest {

    @Test
    void theSegmentsShareTheBarByOutcome() {
        ChannelBar bar = ChannelBar.of(new ChannelProgress(0, "sms", 8, 4, 2, 1, 1, 1, 0));

        assertEquals("50.00%", bar.sentWidth());
        assertEquals("12.50%", bar.failedWidth());
        assertEquals("12.50%", bar.deadWidth());
        assertEquals("25.00%", bar.pendingWidth());
        assertEquals(75, bar.percentDone());
        assertFalse(bar.finished());
    }

    @Test
    void aChannelWithNobodyToReachIsDoneAndDrawsNothing() {
        ChannelBar bar = ChannelBar.of(new ChannelProgress(1, "email", 0, 0, 0, 0, 0, 0, 0));

        assertEquals("0.00%", bar.sentWidth());
        assertEquals(100, bar.percentDone());
        assertTrue(bar.finished());
    }
}
