package nl.burgernet.it.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.burgernet.it.support.PortalSession;

/**
 * Real alerts from Benchstad's operator, by e-mail, into smtp-sink: every mail rendered, sent over SMTP and its result
 * recorded. Times are from the launch request to the first and the last mail the sink accepted (the delivery's
 * recorded send time), medians over the runs.
 */
final class DispatchBench {

    private final PortalSession operator;
    private final PortalSession bench;
    private final Figures figures;

    DispatchBench(PortalSession operator, PortalSession bench, Figures figures) {
        this.operator = operator;
        this.bench = bench;
        this.figures = figures;
    }

    /** Sends {@code runs} alerts over an area with exactly {@code recipients} participants; records the figures. */
    void measure(int recipients, int radiusMetres, int runs, double baselinePerSecond) throws Exception {
        List<Double> first = new ArrayList<>();
        List<Double> last = new ArrayList<>();
        List<Double> rate = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            long alert = create(recipients, radiusMetres, run);
            long launchedAt = System.currentTimeMillis();
            HttpResponse<String> launched = operator.postJson("api/alerts/" + alert + "/launch", "{}");
            if (launched.statusCode() != 200) {
                throw new IllegalStateException("Launch refused: " + launched.body());
            }
            long[] sent = awaitAllSent(alert, recipients);
            double firstSeconds = (sent[1] - launchedAt) / 1000.0;
            double lastSeconds = (sent[2] - launchedAt) / 1000.0;
            first.add(firstSeconds);
            last.add(lastSeconds);
            rate.add(recipients / lastSeconds);
            System.out.printf(
                    Locale.ROOT,
                    "BENCH dispatch %d run %d: first mail %.2f s, last %.2f s, %.0f mails/s%n",
                    recipients,
                    run,
                    firstSeconds,
                    lastSeconds,
                    recipients / lastSeconds);
        }
        String key = "dispatch." + recipients;
        String what = String.format(Locale.ROOT, "E-mail alert to %,d: ", recipients);
        figures.atMost(key + ".first", what + "first mail accepted", Figures.median(first), "s", 1.0);
        if (recipients <= 10_000) {
            figures.atMost(key + ".last", what + "all accepted", Figures.median(last), "s", 10.0);
        } else {
            figures.add(key + ".last", what + "all accepted", Figures.median(last), "s");
        }
        double perSecond = Figures.median(rate);
        figures.add(key + ".rate", what + "mails/s (launch to last)", perSecond, "mails/s");
        figures.atLeast(key + ".ratio", what + "rate / smtp-source baseline", perSecond / baselinePerSecond, "×", 0.5);
    }

    private long create(int recipients, int radiusMetres, int run) throws Exception {
        // A missing person is urgent: neither the weekly budget nor quiet hours thin out the repeated runs.
        String json =
                "{\"type\":\"MISSING_PERSON\",\"title\":\"Vermist: man van 78 (benchmark " + recipients + "/" + run
                        + ")\",\"body\":\"" + AlertText.BODY + "\",\"area\":{\"centre\":{\"latitude\":"
                        + BenchFixture.CENTRE.latitude() + ",\"longitude\":" + BenchFixture.CENTRE.longitude()
                        + "},\"radiusMetres\":" + radiusMetres + "},\"channels\":[\"email\"]}";
        HttpResponse<String> created = operator.postJson("api/alerts", json);
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Alert not created: " + created.body());
        }
        JsonObject alert = Json.createReader(new StringReader(created.body())).readObject();
        return alert.getJsonNumber("id").longValue();
    }

    /** The first and last send times, once every delivery is sent (or after ten minutes: fails). */
    private long[] awaitAllSent(long alert, int recipients) throws Exception {
        long deadline = System.nanoTime() + 600_000_000_000L;
        long sent = 0;
        long other = 0;
        while (System.nanoTime() < deadline) {
            String[] parts =
                    bench.get("api/it/bench/sent/" + alert).body().strip().split(" ");
            sent = Long.parseLong(parts[0]);
            other = Long.parseLong(parts[1]);
            if (sent >= recipients) {
                String[] times = bench.get("api/it/bench/sent/" + alert + "/times")
                        .body()
                        .strip()
                        .split(" ");
                return new long[] {sent, Long.parseLong(times[0]), Long.parseLong(times[1])};
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Alert " + alert + ": only " + sent + " of " + recipients + " mails sent, "
                + other + " waiting for a retry or failed, after 10 minutes");
    }
}
