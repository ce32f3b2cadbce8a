package nl.burgernet.channel.sms;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import nl.burgernet.channel.api.ChannelConfiguration;
import nl.burgernet.channel.api.ChannelEvents;
import nl.burgernet.channel.api.DeliveryReport;
import nl.burgernet.channel.api.InboundMessage;
import nl.burgernet.channel.testkit.ChannelConfigurationBuilder;
import nl.burgernet.smsc.SmscSimulator;

/** The SMSC simulator on loopback with an account for the channel, and what the tests need around it. */
final class TestSmsc implements AutoCloseable {

    static final String SYSTEM_ID = "burgernet";
    static final String PASSWORD = "s3cret";

    final SmscSimulator simulator;

    TestSmsc() throws IOException {
        simulator = new SmscSimulator()
                .account(SYSTEM_ID, PASSWORD)
                .receiptDelay(Duration.ofMillis(50))
                .start();
    }

    /** Settings that reach the simulator; fast enough not to slow the tests down. */
    ChannelConfigurationBuilder configuration() {
        return ChannelConfigurationBuilder.aConfiguration()
                .with(SmsSettingsSchema.HOST, "127.0.0.1")
                .with(SmsSettingsSchema.PORT, simulator.smppPort())
                .with(SmsSettingsSchema.SYSTEM_ID, SYSTEM_ID)
                .with(SmsSettingsSchema.PASSWORD, PASSWORD)
                .with(SmsSettingsSchema.SENDER, "Burgernet")
                .with(SmsSettingsSchema.RATE, 2_000)
                .with(SmsSettingsSchema.WINDOW, 10);
    }

    ChannelConfiguration workingConfiguration() {
        return configuration().build();
    }

    static String number(long n) {
        return String.format("+316%08d", n % 100_000_000L);
    }

    @Override
    public void close() {
        simulator.close();
    }

    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 30 s: " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** What the channel reports back, as the core would receive it. */
    static final class RecordingEvents implements ChannelEvents {
        final List<DeliveryReport> reports = new CopyOnWriteArrayList<>();
        final List<InboundMessage> received = new CopyOnWriteArrayList<>();
        volatile int failNextReceived;
        final List<InboundMessage> refused = new CopyOnWriteArrayList<>();

        volatile int failNextDelivered;

        @Override
        public void delivered(DeliveryReport report) {
            if (failNextDelivered > 0) {
                failNextDelivered--;
                throw new IllegalStateException("the database is away for a moment");
            }
            reports.add(report);
        }

        @Override
        public void received(InboundMessage message) {
            if (failNextReceived > 0) {
                failNextReceived--;
                refused.add(message);
                throw new IllegalStateException("the database is away for a moment");
            }
            received.add(message);
        }
    }
}
