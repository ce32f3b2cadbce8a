package nl.burgernet.it.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** Samples the portal's heap four times a second while the benchmark runs, keeping the highest figures. */
final class HeapWatch implements AutoCloseable {

    private final HttpClient http = HttpClient.newHttpClient();
    private final HttpRequest request;
    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakCommitted = new AtomicLong();
    private final AtomicLong max = new AtomicLong();
    private final AtomicLong phaseUsed = new AtomicLong();
    private final AtomicLong phaseLive = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    HeapWatch(URI portal) {
        request = HttpRequest.newBuilder(portal.resolve("api/it/bench/heap"))
                .timeout(Duration.ofSeconds(5))
                .build();
        sampler = Thread.ofPlatform().daemon().name("bench-heap-watch").start(this::sample);
    }

    private void sample() {
        while (running) {
            try {
                String[] f = http.send(request, HttpResponse.BodyHandlers.ofString())
                        .body()
                        .strip()
                        .split(" ");
                peakUsed.accumulateAndGet(Long.parseLong(f[0]), Math::max);
                phaseUsed.accumulateAndGet(Long.parseLong(f[0]), Math::max);
                phaseLive.accumulateAndGet(Long.parseLong(f[3]), Math::max);
                peakCommitted.accumulateAndGet(Long.parseLong(f[1]), Math::max);
                max.set(Long.parseLong(f[2]));
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return;
            } catch (Exception busyOrGone) {
                // A sample missed while the server is busy; the next one counts.
            }
        }
    }

    /** Prints the peaks since the previous phase ended, and starts the next phase. */
    void endPhase(String phase) {
        System.out.printf(
                java.util.Locale.ROOT,
                "BENCH heap during %s: peak used %.0f MB, old generation after its last collection %.0f MB%n",
                phase,
                phaseUsed.getAndSet(0) / 1048576.0,
                phaseLive.getAndSet(0) / 1048576.0);
    }

    /** The highest heap use sampled in the current phase. */
    double phasePeakUsedMb() {
        return phaseUsed.get() / 1048576.0;
    }

    /** The old generation's highest use after a collection in the current phase: what stayed alive. */
    double phaseLiveMb() {
        return phaseLive.get() / 1048576.0;
    }

    double peakUsedMb() {
        return peakUsed.get() / 1048576.0;
    }

    double peakCommittedMb() {
        return peakCommitted.get() / 1048576.0;
    }

    double maxMb() {
        return max.get() / 1048576.0;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.interrupt();
        sampler.join(5_000);
    }
}
