package nl.burgernet.it.bench;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.burgernet.devservices.DevServices;
import nl.burgernet.it.support.PortalSession;
import nl.burgernet.smsc.ReceivedSms;
import nl.burgernet.smsc.SmppLoad;
import nl.burgernet.smsc.SmscSimulator;

/**
 * An alert by SMS from Smsstad's operator to its participants, through the portal's SMS channel into the SMSC
 * simulator, against the simulator's own accept rate from a plain jSMPP client with the same window, measured in the
 * same run just before. Counts what arrived per number (exactly one each) and waits for every receipt to be recorded.
 */
final class SmsDispatchBench {

    /** The SMS channel's window of outstanding submit_sm, and the baseline client's. */
    static final int WINDOW = 10;

    private final PortalSession operator;
    private final PortalSession bench;
    private final SmscSimulator smsc;
    private final Figures figures;

    SmsDispatchBench(PortalSession operator, PortalSession bench, SmscSimulator smsc, Figures figures) {
        this.operator = operator;
        this.bench = bench;
        this.smsc = smsc;
        this.figures = figures;
    }

    void measure(int recipients) throws Exception {
        double baseline = baseline(recipients);
        smsc.clear();

        long alert = create();
        long launchedAt = System.currentTimeMillis();
        HttpResponse<String> launched = operator.postJson("api/alerts/" + alert + "/launch", "{}");
        if (launched.statusCode() != 200) {
            throw new IllegalStateException("Launch refused: " + launched.body());
        }
        long lastSentAt = awaitAllSent(alert, recipients);
        double seconds = (lastSentAt - launchedAt) / 1000.0;
        double rate = recipients / seconds;
        long receiptsDoneAt = awaitReceipts(alert, recipients);
        double receiptSeconds = (receiptsDoneAt - launchedAt) / 1000.0;

        long parts = smsc.acceptedParts();
        double partsPerSecond = parts / seconds;
        Map<String, List<ReceivedSms>> arrived = smsc.allMessages();
        long doubled = arrived.values().stream().filter(m -> m.size() > 1).count();
        long missing = 0;
        for (int i = 0; i < recipients; i++) {
            if (!arrived.containsKey(BenchData.smsNumber(i))) {
                missing++;
            }
        }
        System.out.printf(
                Locale.ROOT,
                "BENCH SMS alert to %d: all accepted by the SMSC after %.2f s (%.0f messages/s, %d parts, %.0f parts/s),"
                        + " every receipt recorded after %.2f s; %d numbers got two or more, %d got none%n",
                recipients,
                seconds,
                rate,
                parts,
                partsPerSecond,
                receiptSeconds,
                doubled,
                missing);
        String what = String.format(Locale.ROOT, "SMS alert to %,d: ", recipients);
        figures.add("sms.rate", what + "messages/s (launch to last accepted)", rate, "msg/s");
        figures.add(
                "sms.parts",
                what + "submit_sm/s (" + parts / recipients + " part(s) a message)",
                partsPerSecond,
                "submit_sm/s");
        // Like for like: the SMSC's work is per submit_sm, and the alert's messages may have more parts than the
        // baseline's single-part ones.
        figures.atLeast(
                "sms.ratio", what + "submit_sm/s / simulator's accept rate", partsPerSecond / baseline, "×", 0.8);
        figures.add("sms.receipts", what + "every receipt recorded (after launch)", receiptSeconds, "s");
        figures.atMost("sms.doubled", what + "numbers with more than one message", doubled, "", 0);
        figures.atMost("sms.missing", what + "numbers without a message", missing, "", 0);
    }

    /** The simulator's accept rate for a plain client: the median of three runs of {@code numbers} messages. */
    private double baseline(int numbers) throws Exception {
        byte[] payload = "Burgernet Smsstad: benchmark. Weet u meer? Beantwoord deze sms of bel 0800-0011."
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        // Warm up the simulator's side (JIT, sockets) first, as the portal is warm from the earlier phases.
        SmppLoad.acceptRate(
                smsc.smppPort(),
                DevServices.SMSC_SYSTEM_ID,
                DevServices.SMSC_PASSWORD,
                2_000,
                WINDOW,
                payload,
                i -> "+3169" + String.format(Locale.ROOT, "%07d", i));
        List<Double> rates = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            smsc.clear();
            rates.add(SmppLoad.acceptRate(
                    smsc.smppPort(),
                    DevServices.SMSC_SYSTEM_ID,
                    DevServices.SMSC_PASSWORD,
                    numbers,
                    WINDOW,
                    payload,
                    i -> "+3169" + String.format(Locale.ROOT, "%07d", i)));
        }
        double rate = Figures.median(rates);
        figures.add(
                "sms.baseline",
                String.format(Locale.ROOT, "SMSC simulator accept rate, plain jSMPP client, window %d", WINDOW),
                rate,
                "submit_sm/s");
        return rate;
    }

    private long create() throws Exception {
        String json = "{\"type\":\"MISSING_PERSON\",\"title\":\"Vermist: man van 78 (benchmark SMS)\",\"body\":\""
                + "Sinds 14.00 uur wordt een man van 78 vermist. Hij draagt een grijze jas en loopt met een stok.\","
                + "\"area\":{\"centre\":{\"latitude\":" + BenchFixture.CENTRE.latitude() + ",\"longitude\":"
                + BenchFixture.CENTRE.longitude() + "},\"radiusMetres\":1500},\"channels\":[\"sms\"]}";
        HttpResponse<String> created = operator.postJson("api/alerts", json);
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Alert not created: " + created.body());
        }
        return Json.createReader(new StringReader(created.body()))
                .readObject()
                .getJsonNumber("id")
                .longValue();
    }

    /** The epoch milliseconds of the last recorded send, once all are sent; fails after ten minutes. */
    private long awaitAllSent(long alert, int recipients) throws Exception {
        long deadline = System.nanoTime() + 600_000_000_000L;
        String[] counts = {"0", "0"};
        while (System.nanoTime() < deadline) {
            counts = bench.get("api/it/bench/sent/" + alert + "?channel=sms")
                    .body()
                    .strip()
                    .split(" ");
            if (Long.parseLong(counts[0]) >= recipients) {
                String[] times = bench.get("api/it/bench/sent/" + alert + "/times")
                        .body()
                        .strip()
                        .split(" ");
                return Long.parseLong(times[1]);
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Alert " + alert + ": only " + counts[0] + " of " + recipients + " SMS sent, "
                + counts[1] + " waiting for a retry or failed, after 10 minutes");
    }

    /** When every delivery had its receipt recorded (as seen by polling); fails after five minutes. */
    private long awaitReceipts(long alert, int recipients) throws Exception {
        long deadline = System.nanoTime() + 300_000_000_000L;
        String[] counts = {"0", "0"};
        while (System.nanoTime() < deadline) {
            counts = bench.get("api/it/bench/receipts/" + alert).body().strip().split(" ");
            if (Long.parseLong(counts[0]) + Long.parseLong(counts[1]) >= recipients) {
                if (Long.parseLong(counts[1]) > 0) {
                    throw new IllegalStateException(counts[1] + " receipts were not DELIVERED");
                }
                return System.currentTimeMillis();
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(
                "Alert " + alert + ": receipts for only " + counts[0] + " of " + recipients + " after 5 minutes");
    }
}
