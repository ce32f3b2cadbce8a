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
 * An AMBER Alert over the whole generated country, as the national control room sends it: the count the operator
 * sees before sending (three times), then the launch and its snapshot — every participant's delivery record written,
 * batch by batch, while the first batches already go out — with the server's heap watched throughout. The mails go
 * to the benchmark's SMTP sink, the owner's (Benchstad's) e-mail server.
 */
final class AmberBench {

    private static final int PREVIEWS = 3;
    /**
     * How long the snapshot may take ({@code -Dburgernet.bench.amber-minutes}): on a loaded 2-core machine two million
     * deliveries written while the first ones are sent took more than 30 minutes.
     */
    private static final int SNAPSHOT_MINUTES = Integer.getInteger("burgernet.bench.amber-minutes", 90);

    private final PortalSession national;
    private final Figures figures;
    private final HeapWatch heap;

    AmberBench(PortalSession national, Figures figures, HeapWatch heap) {
        this.national = national;
        this.figures = figures;
        this.heap = heap;
    }

    void measure(String database) throws Exception {
        String key = "amber." + database.toLowerCase(Locale.ROOT);
        heap.endPhase("before the AMBER Alert (" + database + ")");
        // The operator's own call first: it answers, or the HTTP connection gives up while the count runs.
        long started = System.nanoTime();
        try {
            HttpResponse<String> count =
                    national.postJson("api/alerts/preview", "{\"type\":\"AMBER\",\"channels\":[\"email\"]}");
            figures.add(
                    key + ".preview.rest.seconds",
                    "AMBER preview (" + database + ") over REST, HTTP " + count.statusCode() + ": time",
                    (System.nanoTime() - started) / 1e9,
                    "s");
        } catch (java.io.IOException e) {
            figures.note(String.format(
                    Locale.ROOT,
                    "AMBER preview (%s) over REST: the HTTP connection closed after %.0f s, before the count came (%s)",
                    database,
                    (System.nanoTime() - started) / 1e9,
                    e.getMessage()));
            Thread.sleep(60_000); // the server finishes that count anyway; not in the figures below
        }
        List<Double> seconds = new ArrayList<>();
        int participants = 0;
        for (int i = 0; i < PREVIEWS; i++) {
            String[] answer = BenchmarkIT.job(national, "api/it/bench/amber-count")
                    .strip()
                    .split(" ");
            seconds.add(Long.parseLong(answer[0]) / 1e9);
            participants = Integer.parseInt(answer[1]);
        }
        figures.add(
                key + ".preview.seconds",
                String.format(
                        Locale.ROOT,
                        "AMBER preview (%s), %,d participants: the count inside the server (median of 3)",
                        database,
                        participants),
                Figures.median(seconds),
                "s");
        figures.atMost(
                key + ".preview.heap",
                "AMBER preview (" + database + "): old generation after its last collection",
                heap.phaseLiveMb(),
                "MB",
                512);
        heap.endPhase("AMBER preview (" + database + ")");

        HttpResponse<String> created = national.postJson(
                "api/alerts",
                "{\"type\":\"AMBER\",\"title\":\"AMBER Alert: Daan (5) vermist\",\"body\":\"" + AlertText.BODY
                        + "\",\"channels\":[\"email\"]}");
        if (created.statusCode() != 201) {
            throw new IllegalStateException("The AMBER Alert was refused: " + created.body());
        }
        long alert = json(created.body()).getJsonNumber("id").longValue();
        long launched = System.currentTimeMillis();
        HttpResponse<String> launch = national.postJson("api/alerts/" + alert + "/launch", "{}");
        if (launch.statusCode() != 200) {
            throw new IllegalStateException("The AMBER Alert did not launch: " + launch.body());
        }
        String[] snapshot = awaitSnapshot(alert);
        long written = Long.parseLong(snapshot[0]);
        double snapshotSeconds = (Long.parseLong(snapshot[1]) - launched) / 1000.0;
        double firstMail = Long.parseLong(snapshot[2]) == 0 ? -1 : (Long.parseLong(snapshot[2]) - launched) / 1000.0;
        String what = String.format(Locale.ROOT, "AMBER dispatch (%s), %,d participants: ", database, participants);
        figures.add(key + ".snapshot.deliveries", what + "deliveries written", written, "");
        figures.add(key + ".snapshot.seconds", what + "launch to the last delivery written", snapshotSeconds, "s");
        figures.add(
                key + ".snapshot.rate", what + "deliveries written per second", written / snapshotSeconds, "rows/s");
        figures.atMost(key + ".firstMail", what + "first mail accepted by the sink", firstMail, "s", 1);
        figures.add(
                key + ".sentDuringSnapshot",
                what + "mails sent by the end of the snapshot",
                Long.parseLong(snapshot[3]),
                "");
        figures.atMost(key + ".heap.peak", what + "heap peak used (sampled 4/s)", heap.phasePeakUsedMb(), "MB", 512);
        figures.atMost(
                key + ".heap.live", what + "old generation after its last collection", heap.phaseLiveMb(), "MB", 512);
        heap.endPhase("AMBER dispatch (" + database + ")");
        if (written != participants) {
            throw new IllegalStateException(
                    "The AMBER Alert wrote " + written + " deliveries for " + participants + " participants counted");
        }
    }

    /** Waits for the snapshot: deliveries written, when the last batch was, the first mail's time, mails sent. */
    private String[] awaitSnapshot(long alert) throws Exception {
        long deadline = System.nanoTime()
                + java.time.Duration.ofMinutes(SNAPSHOT_MINUTES).toNanos();
        while (System.nanoTime() < deadline) {
            String answer =
                    national.get("api/it/bench/snapshot/" + alert).body().strip();
            if (!answer.startsWith("running")) {
                return answer.split(" ");
            }
            Thread.sleep(1_000);
        }
        throw new IllegalStateException(
                "The AMBER Alert's snapshot did not finish within " + SNAPSHOT_MINUTES + " minutes");
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
