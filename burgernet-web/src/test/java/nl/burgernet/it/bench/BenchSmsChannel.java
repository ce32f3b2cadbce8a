package nl.burgernet.it.bench;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import nl.burgernet.channel.api.ChannelConfiguration;
import nl.burgernet.channel.api.ChannelDescriptor;
import nl.burgernet.channel.api.DeliveryBatch;
import nl.burgernet.channel.api.DeliveryResult;
import nl.burgernet.channel.testkit.RecordingChannel;

/**
 * The test kit's recording channel under the id "sms", which also counts what it delivered and when the first and
 * last delivery happened, for the dispatch benchmark.
 */
@ApplicationScoped
public class BenchSmsChannel extends RecordingChannel {

    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong firstAt = new AtomicLong();
    private final AtomicLong lastAt = new AtomicLong();

    @Override
    public ChannelDescriptor descriptor() {
        return new ChannelDescriptor("sms", "SMS (test kit, benchmark)", "1", false, 160, false);
    }

    @Override
    public List<DeliveryResult> deliver(DeliveryBatch batch, ChannelConfiguration configuration) {
        List<DeliveryResult> results = super.deliver(batch, configuration);
        long now = System.currentTimeMillis();
        firstAt.compareAndSet(0, now);
        lastAt.accumulateAndGet(now, Math::max);
        delivered.addAndGet(results.size());
        return results;
    }

    /** Deliveries so far, and the wall-clock milliseconds of the first and the last batch. */
    public long[] figures() {
        return new long[] {delivered.get(), firstAt.get(), lastAt.get()};
    }

    public void resetFigures() {
        delivered.set(0);
        firstAt.set(0);
        lastAt.set(0);
        reset();
    }
}
