package nl.burgernet.it.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.burgernet.it.intakebench.BenchMailbox;
import nl.burgernet.it.intakebench.RecordedCounts;
import nl.burgernet.it.intakebench.ReplyMailGenerator;
import nl.burgernet.it.support.PortalSession;

/**
 * Residents' answers to Benchstad's alert: mails made from the reply corpus (replies, out-of-office, bounces,
 * unsubscribes, forged keys) become the portal's reply inbox in one step, and the clock runs until every one is
 * recorded. What was recorded must match what was sent, kind by kind.
 */
final class IntakeBench {

    /** Benchstad sets no reply domain of its own, so its mails carry the portal's default. */
    static final String REPLY_DOMAIN = "reply.burgernet.localhost";

    private static final int WARM_UP = 1_000;
    private static final int RUNS = 3;

    private final PortalSession bench;
    private final BenchMailbox mailbox;
    private final Figures figures;

    IntakeBench(PortalSession bench, BenchMailbox mailbox, Figures figures) {
        this.bench = bench;
        this.mailbox = mailbox;
        this.figures = figures;
    }

    void measure(int mails) throws Exception {
        List<String> keys = bench.get("api/it/bench/reply-keys?limit=" + mails)
                .body()
                .lines()
                .toList();
        round(keys, "warmup", WARM_UP);
        List<Double> rates = new ArrayList<>();
        for (int run = 1; run <= RUNS; run++) {
            double seconds = round(keys, "run" + run, mails);
            rates.add(mails / seconds);
            System.out.printf(
                    Locale.ROOT,
                    "BENCH intake run %d: %,d mails recorded in %.2f s = %.0f mails/s%n",
                    run,
                    mails,
                    seconds,
                    mails / seconds);
        }
        figures.atLeast(
                "intake.rate",
                String.format(Locale.ROOT, "Reply intake of %,d waiting mails (median of %d)", mails, RUNS),
                Figures.median(rates),
                "mails/s",
                500);
    }

    /** One mailbox full: the seconds from its release until everything in it is recorded. */
    private double round(List<String> keys, String tag, int n) throws Exception {
        ReplyMailGenerator.Batch batch =
                ReplyMailGenerator.generate(n, keys, REPLY_DOMAIN, tag + "-" + System.nanoTime());
        String staging = "Staging-" + tag;
        mailbox.stage(staging, BenchMailbox.prepare(batch.mails()));
        RecordedCounts before = counts();
        long started = System.nanoTime();
        mailbox.release(staging);
        long deadline = started + 600_000_000_000L;
        RecordedCounts got = RecordedCounts.NONE;
        while (System.nanoTime() < deadline) {
            got = counts().minus(before);
            if (got.total() >= n) {
                break;
            }
            Thread.sleep(200);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (!got.equals(batch.expected())) {
            throw new IllegalStateException(
                    "Intake " + tag + ": recorded " + got + ", but the mailbox held " + batch.expected());
        }
        return seconds;
    }

    private RecordedCounts counts() throws Exception {
        return RecordedCounts.parse(bench.get("api/it/intakebench").body());
    }
}
