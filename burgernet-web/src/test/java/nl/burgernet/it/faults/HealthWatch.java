package nl.burgernet.it.faults;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import nl.burgernet.it.support.PortalProcess;

/**
 * Asks the portal's {@code /health/ready} four times a second for as long as the suite runs and keeps every answer,
 * so a test can say whether readiness was DOWN while its fault lasted, and how soon it was UP again. An answer that
 * does not come within the request's timeout is kept as status 0: a check that hangs is a finding of its own.
 */
final class HealthWatch implements AutoCloseable {

    private static final long EVERY_MILLIS = 250;

    record Sample(long at, int status) {}

    private final PortalProcess portal;
    private final List<Sample> samples = new ArrayList<>();
    private final long start = System.nanoTime();
    private final Thread thread;
    private volatile boolean running = true;

    HealthWatch(PortalProcess portal) {
        this.portal = portal;
        this.thread = Thread.ofPlatform().daemon().name("health-watch").start(this::watch);
    }

    /** The watch's clock: nanoseconds since it started. */
    long now() {
        return System.nanoTime() - start;
    }

    private void watch() {
        while (running) {
            long asked = now();
            int status;
            try {
                HttpResponse<String> r = portal.get("health/ready");
                status = r.statusCode();
            } catch (InterruptedException e) {
                return;
            } catch (Exception noAnswer) {
                status = 0;
            }
            synchronized (samples) {
                samples.add(new Sample(asked, status));
            }
            try {
                Thread.sleep(EVERY_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    List<Sample> since(long from) {
        synchronized (samples) {
            return samples.stream().filter(s -> s.at() >= from).toList();
        }
    }

    /** A DOWN (503) or no answer was seen since {@code from}. */
    boolean downSince(long from) {
        return since(from).stream().anyMatch(s -> s.status() != 200);
    }

    boolean wasDownBetween(long from, long to) {
        return since(from).stream().anyMatch(s -> s.at() <= to && s.status() != 200);
    }

    /** The latest answer is UP, and came after {@code from}. */
    boolean upAfter(long from) {
        List<Sample> after = since(from);
        return !after.isEmpty() && after.getLast().status() == 200;
    }

    /**
     * How readiness looked around a fault: how soon after the fault's start it went DOWN, how much of the outage it
     * stayed DOWN, whether it ever failed to answer, and how soon after the fault's end it was UP again.
     */
    String summary(long faultAt, long restoredAt) {
        List<Sample> all = since(faultAt);
        Long firstDown = null;
        int during = 0;
        int downDuring = 0;
        int noAnswer = 0;
        Long upAgain = null;
        for (Sample s : all) {
            if (s.at() <= restoredAt) {
                during++;
                if (s.status() != 200) {
                    downDuring++;
                    if (firstDown == null) {
                        firstDown = s.at();
                    }
                }
            } else if (s.status() == 200 && upAgain == null) {
                upAgain = s.at();
            } else if (s.status() != 200) {
                upAgain = null;
            }
            if (s.status() == 0) {
                noAnswer++;
            }
        }
        return String.format(
                "DOWN %s after the fault began, in %d of %d samples during it, %d without an answer; UP %s after it"
                        + " ended",
                firstDown == null ? "never" : millis(firstDown - faultAt),
                downDuring,
                during,
                noAnswer,
                upAgain == null ? "not yet" : millis(upAgain - restoredAt));
    }

    private static String millis(long nanos) {
        return nanos / 1_000_000 + " ms";
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(5_000);
    }
}
