package nl.burgernet.channel.sms;

import java.util.List;
import java.util.Locale;
import nl.burgernet.channel.api.ChannelConfiguration;
import nl.burgernet.channel.api.ChannelEvents;
import nl.burgernet.channel.api.DeliveryBatch;
import nl.burgernet.channel.api.DeliveryReport;
import nl.burgernet.channel.api.DeliveryResult;
import nl.burgernet.channel.api.InboundMessage;
import nl.burgernet.channel.api.OutgoingMessage;
import nl.burgernet.channel.sms.text.SmsParts;
import nl.burgernet.channel.sms.text.SmsRenderer;
import nl.burgernet.channel.testkit.DeliveryBatchBuilder;
import nl.burgernet.channel.testkit.MunicipalityProfileBuilder;
import nl.burgernet.channel.testkit.OutgoingMessageBuilder;
import nl.burgernet.channel.testkit.RecipientBuilder;
import nl.burgernet.smsc.SmppLoad;
import nl.burgernet.smsc.SmscSimulator;

/**
 * A benchmark, not a test: how fast the SMS channel delivers 10,000 numbers into the SMSC simulator, against how fast
 * the simulator accepts submit_sm from a plain jSMPP client with the same window, measured in the same run. Both
 * request receipts, so the simulator does the same work. Run: {@code java ... SmsThroughputBench [numbers]}.
 */
public final class SmsThroughputBench {

    private static final int WINDOW = 10;

    public static void main(String[] args) throws Exception {
        int numbers = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        OutgoingMessage message = OutgoingMessageBuilder.anAlert()
                .title("Vermist: jongen van 8 jaar")
                .body("Tim draagt een rode jas.")
                .instructions("")
                .build();
        String text = SmsRenderer.render(
                message, MunicipalityProfileBuilder.aMunicipality().build(), 4);
        byte[] payload = SmsParts.of(text, 0).payloads().get(0);
        System.out.printf(
                Locale.ROOT, "Text (%d part(s), %d characters): %s%n", SmsParts.count(text), text.length(), text);

        try (SmscSimulator smsc = new SmscSimulator()
                .account("raw", "raw")
                .account("warmup", "warmup")
                .account("bench", "bench")
                .start()) {
            smsc.acceptRate(0);
            // Warm up both paths (JIT, sockets) before measuring.
            rawClient(smsc, 2_000, payload);
            plugin(smsc, 2_000, message, "warmup");
            smsc.clear();

            double raw = rawClient(smsc, numbers, payload);
            smsc.clear();
            Result plugin = plugin(smsc, numbers, message, "bench");

            System.out.printf(
                    Locale.ROOT,
                    "SMSC simulator accept rate (raw jSMPP client, window %d): %.0f submit_sm/s%n",
                    WINDOW,
                    raw);
            System.out.printf(
                    Locale.ROOT,
                    "SMS channel deliver() of %d numbers: %.0f messages/s (%.1f s)%n",
                    numbers,
                    plugin.perSecond,
                    plugin.seconds);
            System.out.printf(Locale.ROOT, "Ratio channel / simulator: %.2f (goal >= 0.80)%n", plugin.perSecond / raw);
            System.out.printf(
                    Locale.ROOT,
                    "Recorded: %d Sent of %d, %d messages at the SMSC, receipts reported for %d of the sent%n",
                    plugin.sent,
                    numbers,
                    plugin.arrived,
                    plugin.receipts);
        }
        System.exit(0);
    }

    private record Result(double perSecond, double seconds, long sent, int arrived, int receipts) {}

    private static double rawClient(SmscSimulator smsc, int numbers, byte[] payload) throws Exception {
        return SmppLoad.acceptRate(smsc.smppPort(), "bench", "bench", numbers, WINDOW, payload, TestSmsc::number);
    }

    private static Result plugin(SmscSimulator smsc, int numbers, OutgoingMessage message, String account)
            throws Exception {
        java.util.Set<String> reported = java.util.concurrent.ConcurrentHashMap.newKeySet();
        ChannelEvents events = new ChannelEvents() {
            @Override
            public void delivered(DeliveryReport report) {
                reported.add(report.providerId());
            }

            @Override
            public void received(InboundMessage inbound) {}
        };
        ChannelConfiguration configuration = new ChannelConfiguration(
                "GM0355",
                java.util.Map.of(
                        SmsSettingsSchema.HOST, "127.0.0.1",
                        SmsSettingsSchema.PORT, Integer.toString(smsc.smppPort()),
                        SmsSettingsSchema.SYSTEM_ID, "bench",
                        SmsSettingsSchema.PASSWORD, "bench",
                        SmsSettingsSchema.RATE, "0",
                        SmsSettingsSchema.WINDOW, Integer.toString(WINDOW)));
        SmsChannel channel = new SmsChannel();
        try {
            channel.activate(List.of(configuration), events);
            DeliveryBatch batch = DeliveryBatchBuilder.aBatch()
                    .message(message)
                    .recipients(numbers, id -> RecipientBuilder.aRecipient(id)
                            .address(TestSmsc.number(id))
                            .build())
                    .build();
            long start = System.nanoTime();
            List<DeliveryResult> results = channel.deliver(batch, configuration);
            double seconds = (System.nanoTime() - start) / 1e9;
            java.util.Set<String> providerIds = results.stream()
                    .filter(DeliveryResult.Sent.class::isInstance)
                    .map(r -> ((DeliveryResult.Sent) r).providerId())
                    .collect(java.util.stream.Collectors.toSet());
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!reported.containsAll(providerIds) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            int receipts = (int) providerIds.stream().filter(reported::contains).count();
            return new Result(numbers / seconds, seconds, providerIds.size(), smsc.messageCount(), receipts);
        } finally {
            channel.close();
        }
    }
}
