package nl.burgernet.it.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.burgernet.channel.testkit.RecordingChannel;
import nl.burgernet.it.support.Await;
import nl.burgernet.it.support.PortalProcess;
import nl.burgernet.it.support.PortalSession;
import nl.burgernet.it.support.WarBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Figures, not a test of speed: how fast targeting selects recipients and how fast an alert to all of them goes
 * through dispatch (snapshot, JMS, MDBs, recording every result) into the test kit's channel. Prints medians of
 * repeated runs as lines starting with {@code BENCH}. Runs only with {@code -Dburgernet.it.bench=true} (see
 * {@code bench/dispatch.sh}); the size is {@code -Dburgernet.bench.recipients} (10,000 by default).
 */
@EnabledIfSystemProperty(named = "burgernet.it.bench", matches = "true")
class DispatchBenchmarkIT {

    private static final int SELECTIONS = 7;
    private static final int DISPATCHES = 3;

    @Test
    void selectionAndDispatchFigures() throws Exception {
        int n = Integer.getInteger("burgernet.bench.recipients", 10_000);
        Path war = WarBuilder.portal()
                .withClasses(
                        BenchFixture.class,
                        BenchSmsChannel.class,
                        BenchControl.class,
                        RecordingChannel.class,
                        RecordingChannel.Delivery.class)
                .writeTo(Files.createDirectories(Path.of(System.getProperty("burgernet.it.runtime"), "wars"))
                        .resolve("bench.war"));
        int port = Integer.getInteger("burgernet.it.http.port", 0);
        try (PortalProcess portal = PortalProcess.create("bench-" + n, port == 0 ? PortalProcess.freePort() : port)
                .war(war)
                .systemProperty("burgernet.bench.recipients", Integer.toString(n))
                .start()) {
            portal.awaitReady(Duration.ofMinutes(5));
            PortalSession operator =
                    PortalSession.login(portal.baseUri(), BenchFixture.OPERATOR, BenchFixture.PASSWORD);

            List<Double> selectMillis = new ArrayList<>();
            for (int i = 0; i < SELECTIONS + 2; i++) {
                long t0 = System.nanoTime();
                HttpResponse<String> preview = operator.postJson("api/alerts/preview", preview());
                double ms = (System.nanoTime() - t0) / 1e6;
                assertEquals(n, json(preview.body()).getInt("participants"), preview.body());
                if (i >= 2) { // two warm-up rounds
                    selectMillis.add(ms);
                }
            }
            double select = median(selectMillis);

            List<double[]> runs = new ArrayList<>();
            for (int run = 0; run < DISPATCHES; run++) {
                operator.postJson("api/it/bench/reset", "");
                HttpResponse<String> created = operator.postJson("api/alerts", alert(run));
                assertEquals(201, created.statusCode(), created.body());
                long id = json(created.body()).getJsonNumber("id").longValue();
                long launchedAt = System.currentTimeMillis();
                assertEquals(
                        200,
                        operator.postJson("api/alerts/" + id + "/launch", "{}").statusCode());
                assertTrue(Await.until(Duration.ofMinutes(10), () -> figures(operator)[0] >= n), "all delivered");
                assertTrue(Await.until(
                        Duration.ofMinutes(2), () -> status(operator, id).equals("ACTIVE")));
                long activeAt = System.currentTimeMillis();
                long[] f = figures(operator);
                double first = f[1] - launchedAt;
                double last = f[2] - launchedAt;
                runs.add(new double[] {first, last, activeAt - launchedAt, n / (last / 1000.0)});
                System.out.printf(
                        Locale.ROOT,
                        "BENCH run %d: first delivery %.0f ms, last %.0f ms, alert ACTIVE %d ms after launch, %.0f deliveries/s%n",
                        run + 1,
                        first,
                        last,
                        activeAt - launchedAt,
                        n / (last / 1000.0));
            }
            System.out.printf(
                    Locale.ROOT,
                    "BENCH nproc %d, recipients %d%n",
                    Runtime.getRuntime().availableProcessors(),
                    n);
            System.out.printf(
                    Locale.ROOT,
                    "BENCH selection (targeting over REST, median of %d): %.1f ms = %.0f recipients selected/s%n",
                    SELECTIONS,
                    select,
                    n / (select / 1000.0));
            System.out.printf(
                    Locale.ROOT,
                    "BENCH dispatch (median of %d): first delivery %.0f ms, last %.0f ms, %.0f deliveries/s; alert ACTIVE after %.0f ms%n",
                    DISPATCHES,
                    median(runs.stream().map(r -> r[0]).toList()),
                    median(runs.stream().map(r -> r[1]).toList()),
                    median(runs.stream().map(r -> r[3]).toList()),
                    median(runs.stream().map(r -> r[2]).toList()));
        }
    }

    private static String preview() {
        return "{\"type\":\"MISSING_PERSON\",\"area\":" + area() + ",\"channels\":[\"sms\"]}";
    }

    private static String alert(int run) {
        // A missing person is urgent: the weekly budget does not stop the repeated runs.
        return "{\"type\":\"MISSING_PERSON\",\"title\":\"Vermiste man (run " + run + ")\",\"body\":\"Wie heeft hem"
                + " gezien?\",\"area\":" + area() + ",\"channels\":[\"sms\"]}";
    }

    private static String area() {
        return "{\"centre\":{\"latitude\":" + BenchFixture.CENTRE.latitude() + ",\"longitude\":"
                + BenchFixture.CENTRE.longitude() + "},\"radiusMetres\":5000}";
    }

    private static long[] figures(PortalSession operator) {
        try {
            String[] parts = operator.get("api/it/bench").body().strip().split(" ");
            return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2])};
        } catch (Exception e) {
            return new long[] {0, 0, 0};
        }
    }

    private static String status(PortalSession operator, long id) {
        try {
            return json(operator.get("api/alerts/" + id).body()).getString("status");
        } catch (Exception e) {
            return "";
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
