package nl.burgernet.it.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import nl.burgernet.channel.api.AddressKind;
import nl.burgernet.channel.api.Capacity;
import nl.burgernet.channel.api.ChannelConfiguration;
import nl.burgernet.channel.api.ChannelDescriptor;
import nl.burgernet.channel.api.DeliveryBatch;
import nl.burgernet.channel.api.DeliveryResult;
import nl.burgernet.channel.testkit.RecordingChannel;

/**
 * A channel whose provider stopped answering: every call hangs until the test lets it go, and it ignores
 * interruption, as a blocking socket read would. It declares one batch at a time and a 2-second time limit.
 */
@ApplicationScoped
public class HangingChannel extends RecordingChannel {

    public static final String ID = "hanging";
    public static final Duration TIME_LIMIT = Duration.ofSeconds(2);

    private volatile CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger returned = new AtomicInteger();

    @Override
    public ChannelDescriptor descriptor() {
        return ChannelDescriptor.builder(ID)
                .name("Hanging (test)")
                .addressKind(AddressKind.NONE)
                .label("en", "Hanging test channel")
                .label("nl", "Hangend testkanaal")
                .capacity(new Capacity(1, 0, TIME_LIMIT))
                .build();
    }

    @Override
    public List<DeliveryResult> deliver(DeliveryBatch batch, ChannelConfiguration configuration) {
        calls.incrementAndGet();
        boolean interrupted = false;
        while (release.getCount() > 0) {
            try {
                release.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        returned.incrementAndGet();
        return super.deliver(batch, configuration);
    }

    /** Lets every hanging call return (with Sent for all, which the core must ignore by then). */
    public void release() {
        release.countDown();
    }

    public int calls() {
        return calls.get();
    }

    public int returned() {
        return returned.get();
    }
}
