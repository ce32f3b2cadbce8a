package nl.burgernet.channel.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import nl.burgernet.channel.api.ChannelConfiguration;
import nl.burgernet.channel.api.DeliveryBatch;
import nl.burgernet.channel.api.DeliveryResult;
import nl.burgernet.channel.testkit.DeliveryBatchBuilder;
import nl.burgernet.channel.testkit.RecipientBuilder;
import org.jsmpp.SMPPConstant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An SMSC that throttles, is full, or drops the connection mid-batch: every number gets its message exactly once. */
class SmsUnderPressureTest {

    private TestSmsc smsc;
    private SmsChannel channel;

    @BeforeEach
    void start() throws Exception {
        smsc = new TestSmsc();
        channel = new SmsChannel();
    }

    @AfterEach
    void stop() {
        channel.close();
        smsc.close();
    }

    @Test
    void anSmscThatAcceptsFewerThanWeSendThrottlesAndEverythingStillArrivesOnce() {
        smsc.simulator.acceptRate(100);
        ChannelConfiguration faster =
                smsc.configuration().with(SmsSettingsSchema.RATE, 400).build();
        DeliveryBatch batch = batch(200);

        List<DeliveryResult> results = channel.deliver(batch, faster);

        assertTrue(smsc.simulator.throttledSubmits() > 0, "the SMSC throttled");
        assertEveryoneSentExactlyOnce(batch, results);
    }

    @Test
    void aFullQueueAtTheSmscIsWaitedOut() {
        smsc.simulator.rejectNext(5, SMPPConstant.STAT_ESME_RMSGQFUL);
        DeliveryBatch batch = batch(30);

        List<DeliveryResult> results = channel.deliver(batch, smsc.workingConfiguration());

        assertEveryoneSentExactlyOnce(batch, results);
    }

    @Test
    void anSmscThatStaysBusyIsARetryAfterABoundedNumberOfTries() {
        smsc.simulator.rejectNext(1_000, SMPPConstant.STAT_ESME_RTHROTTLED);
        DeliveryBatch batch = batch(1);

        DeliveryResult result =
                channel.deliver(batch, smsc.workingConfiguration()).get(0);

        DeliveryResult.Retry retry = assertInstanceOf(DeliveryResult.Retry.class, result);
        assertTrue(retry.reason().contains("ESME_RTHROTTLED (0x58)"), retry.reason());
        assertEquals(java.time.Duration.ofMinutes(1), retry.after());
        assertEquals(0, smsc.simulator.messageCount());
    }

    @Test
    void aConnectionDroppedMidBatchLosesAndDoublesNothing() {
        ChannelConfiguration paced =
                smsc.configuration().with(SmsSettingsSchema.RATE, 500).build();
        DeliveryBatch batch = batch(600);
        CompletableFuture<Integer> dropped = CompletableFuture.supplyAsync(() -> {
            TestSmsc.await("half the batch", () -> smsc.simulator.acceptedParts() >= 300);
            return smsc.simulator.dropConnections();
        });

        List<DeliveryResult> results = channel.deliver(batch, paced);

        assertEquals(1, dropped.join(), "the bind was dropped mid-batch");
        assertEquals(batch.recipients().size(), results.size());
        int sent = 0;
        for (DeliveryResult result : results) {
            int arrived = smsc.simulator
                    .messagesTo(TestSmsc.number(result.deliveryId()))
                    .size();
            switch (result) {
                case DeliveryResult.Sent s -> {
                    assertEquals(1, arrived, "exactly one message for a sent delivery " + s);
                    sent++;
                }
                case DeliveryResult.Retry r -> assertEquals(0, arrived, "a retried delivery got nothing yet " + r);
                case DeliveryResult.Failed f -> fail("nothing fails for good here: " + f);
            }
        }
        assertEquals(sent, smsc.simulator.messageCount(), "no message beyond the sent ones");
        assertTrue(sent >= 590, "after the drop the batch goes on over a new bind: " + sent + " sent");
    }

    @Test
    void aDropBetweenThePartsOfMessagesResendsOnlyTheUnacknowledgedPartsOnTheNewBind() {
        ChannelConfiguration paced =
                smsc.configuration().with(SmsSettingsSchema.RATE, 600).build();
        DeliveryBatch batch = batch(150);
        String text = nl.burgernet.channel.sms.text.SmsRenderer.render(batch.message(), batch.municipality(), 4);
        int parts = nl.burgernet.channel.sms.text.SmsParts.count(text);
        CompletableFuture<Integer> dropped = CompletableFuture.supplyAsync(() -> {
            TestSmsc.await("a third of the parts", () -> smsc.simulator.acceptedParts() >= 150L * parts / 3);
            return smsc.simulator.dropConnections();
        });

        List<DeliveryResult> results = channel.deliver(batch, paced);

        assertTrue(parts > 1, "messages in parts: " + parts);
        assertEquals(1, dropped.join());
        int sent = 0;
        for (DeliveryResult result : results) {
            if (result instanceof DeliveryResult.Sent) {
                var arrived = smsc.simulator.messagesTo(TestSmsc.number(result.deliveryId()));
                assertEquals(1, arrived.size(), "one whole message for " + result);
                assertEquals(text, arrived.get(0).text(), "reassembled across the two binds");
                sent++;
            } else {
                assertTrue(result instanceof DeliveryResult.Retry, result.toString());
            }
        }
        assertEquals(sent, smsc.simulator.messageCount(), "no whole message beyond the sent ones");
        assertTrue(sent >= 140, sent + " sent");
    }

    private static DeliveryBatch batch(int recipients) {
        return DeliveryBatchBuilder.aBatch()
                .recipients(recipients, id -> RecipientBuilder.aRecipient(id)
                        .address(TestSmsc.number(id))
                        .build())
                .build();
    }

    private void assertEveryoneSentExactlyOnce(DeliveryBatch batch, List<DeliveryResult> results) {
        assertEquals(batch.recipients().size(), results.size());
        for (DeliveryResult result : results) {
            assertTrue(result instanceof DeliveryResult.Sent, result.toString());
            assertEquals(
                    1,
                    smsc.simulator
                            .messagesTo(TestSmsc.number(result.deliveryId()))
                            .size(),
                    "exactly one message for " + result.deliveryId());
        }
        assertEquals(batch.recipients().size(), smsc.simulator.messageCount());
    }
}
