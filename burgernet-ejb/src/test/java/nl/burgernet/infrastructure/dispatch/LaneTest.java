package nl.burgernet.infrastructure.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import nl.burgernet.channel.api.Capacity;
import org.junit.jupiter.api.Test;

class LaneTest {

    private final Lane lane = new Lane("sms-like", new Capacity(2, 0, Duration.ofSeconds(30)));

    @Test
    void admitsAsManyBatchesAsTheChannelCarriesAndNoMore() {
        Lane.Ticket first = lane.tryEnter(0, null);
        Lane.Ticket second = lane.tryEnter(0, null);

        assertNotNull(first);
        assertNotNull(second);
        assertNull(lane.tryEnter(0, null), "a third batch waits");
        lane.finishedInTime(first);
        assertNotNull(lane.tryEnter(0, null), "a place given back is free again");
    }

    @Test
    void batchesThatFindTheLaneFullWaitInItsWaitingRoomOldestFirstUpToItsSize() {
        for (long id = 1; id <= Lane.WAITING_ROOM; id++) {
            assertTrue(lane.hold(id), "room for batch " + id);
        }
        assertFalse(lane.hold(999), "a full waiting room sends the batch back to the queue");

        assertEquals(1L, lane.nextWaiting());
        lane.holdAgain(1);
        assertEquals(2L, lane.nextWaiting());
        for (long id = 3; id <= Lane.WAITING_ROOM; id++) {
            assertEquals(id, lane.nextWaiting());
        }
        assertEquals(1L, lane.nextWaiting(), "one put back waits at the end");
        assertNull(lane.nextWaiting());
        assertTrue(lane.hold(999), "places free again once the batches left");
    }

    @Test
    void aTicketGivesItsPlaceBackOnlyOnce() {
        Lane.Ticket ticket = lane.tryEnter(0, null);
        lane.overran(ticket, "late");
        lane.finishedInTime(ticket);

        assertNotNull(lane.tryEnter(0, null));
        assertNotNull(lane.tryEnter(0, null));
        assertNull(lane.tryEnter(0, null), "releasing twice must not make three places out of two");
    }

    @Test
    void aMunicipalityWithALowerLimitGetsOnlyItsShareWhileOthersStillGetIn() {
        Capacity one = new Capacity(2, 0, Duration.ofSeconds(30)).loweredTo(1, 0);

        assertNotNull(lane.tryEnter(7, one));
        assertNull(lane.tryEnter(7, one), "municipality 7 may run one batch at a time");
        assertNotNull(lane.tryEnter(8, null), "another municipality still gets the lane's other place");
    }

    @Test
    void aLimitChangedMeanwhileTakesEffectForNewBatches() {
        Capacity one = new Capacity(2, 0, Duration.ofSeconds(30)).loweredTo(1, 0);
        Capacity two = new Capacity(2, 0, Duration.ofSeconds(30)).loweredTo(2, 0);
        Lane.Ticket first = lane.tryEnter(7, one);

        assertNotNull(lane.tryEnter(7, two), "the new limit allows a second batch");
        lane.finishedInTime(first);
    }

    @Test
    void overrunsMarkTheLaneDegradedAndTooManyHangingCallsMakeItStuck() {
        lane.overran(lane.tryEnter(0, null), "did not finish a batch within 30 s");

        LaneStatus status = lane.status();
        assertTrue(status.isDegraded());
        assertEquals("did not finish a batch within 30 s", status.degraded());
        assertEquals(1, status.hanging());
        assertEquals(0, status.running(), "the place of the hanging call is free again");
        assertFalse(lane.stuck());

        lane.overran(lane.tryEnter(0, null), "again");
        lane.overran(lane.tryEnter(0, null), "again");
        lane.overran(lane.tryEnter(0, null), "again");
        assertTrue(lane.stuck(), "four hanging calls for a lane of two");

        for (int i = 0; i < 4; i++) {
            lane.hungCallReturned();
        }
        lane.finishedInTime(lane.tryEnter(0, null));
        assertFalse(lane.stuck());
        assertFalse(lane.status().isDegraded(), "a batch in time after the calls returned: healthy again");
    }

    @Test
    void thePacerSpacesBatchesAtTheChannelsRate() {
        Pacer pacer = new Pacer(100);

        Duration first = pacer.reserve(50);
        Duration second = pacer.reserve(50);
        Duration third = pacer.reserve(100);

        assertEquals(Duration.ZERO, first);
        assertTrue(second.toMillis() > 400 && second.toMillis() <= 500, "50 messages at 100/s: 0.5 s, " + second);
        assertTrue(third.toMillis() > 900 && third.toMillis() <= 1000, "after 100 reserved: 1 s, " + third);
        assertEquals(Duration.ZERO, new Pacer(0).reserve(1_000_000), "0 is no limit");
    }

    @Test
    void aFullLaneIsAskedLessAndLessOften() {
        assertEquals(Duration.ofMillis(200), DeliveryConsumer.deferral(1));
        assertEquals(Duration.ofMillis(400), DeliveryConsumer.deferral(2));
        assertEquals(Duration.ofMillis(3200), DeliveryConsumer.deferral(5));
        assertEquals(Duration.ofSeconds(5), DeliveryConsumer.deferral(50));
    }
}
