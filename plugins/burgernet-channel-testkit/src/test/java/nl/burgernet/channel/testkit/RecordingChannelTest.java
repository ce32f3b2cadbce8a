package nl.burgernet.channel.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import nl.burgernet.channel.api.ChannelConfiguration;
import nl.burgernet.channel.api.DeliveryBatch;
import nl.burgernet.channel.api.DeliveryChannel;
import nl.burgernet.channel.api.DeliveryResult;
import org.junit.jupiter.api.Test;

class RecordingChannelTest extends DeliveryChannelContractTest {

    private final RecordingChannel channel = new RecordingChannel();

    @Override
    protected DeliveryChannel channel() {
        return channel;
    }

    @Override
    protected ChannelConfiguration workingConfiguration() {
        return ChannelConfigurationBuilder.aConfiguration()
                .with(RecordingChannel.LABEL, "test")
                .build();
    }

    @Override
    protected String deliverableAddress(int n) {
        return "resident" + n + "@example.org";
    }

    @Override
    protected String undeliverableAddress() {
        return "not an address";
    }

    @Test
    void recordsEachBatchWithItsConfiguration() {
        DeliveryBatch batch = DeliveryBatchBuilder.aBatch().recipients(3).build();

        channel.deliver(batch, workingConfiguration());

        assertEquals(1, channel.deliveries().size());
        assertSame(batch, channel.deliveries().getFirst().batch());
        assertEquals(batch.recipients(), channel.recipients());
    }

    @Test
    void scriptedRetryIsReturnedWithTheRecipientsDeliveryId() {
        channel.retryFor("busy@example.org", "mailbox busy", Duration.ofMinutes(5));
        DeliveryBatch batch = DeliveryBatchBuilder.aBatch()
                .recipient(RecipientBuilder.aRecipient(7).address("busy@example.org"))
                .build();

        List<DeliveryResult> results = channel.deliver(batch, workingConfiguration());

        DeliveryResult.Retry retry = assertInstanceOf(DeliveryResult.Retry.class, results.getFirst());
        assertEquals(7, retry.deliveryId());
        assertEquals(Duration.ofMinutes(5), retry.after());
    }

    @Test
    void throwsOnceWhenToldToAndRecordsNothingThen() {
        channel.throwOnNextDelivery(new IllegalStateException("broken plugin"));
        DeliveryBatch batch = DeliveryBatchBuilder.aBatch().recipients(1).build();

        assertThrows(IllegalStateException.class, () -> channel.deliver(batch, workingConfiguration()));
        assertEquals(List.of(), channel.deliveries());
        assertEquals(1, channel.deliver(batch, workingConfiguration()).size());
    }
}
