package nl.burgernet.it.intakebench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import nl.burgernet.it.support.IntegrationTestServices;
import nl.burgernet.it.support.PortalProcess;
import nl.burgernet.it.support.WarBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Figures, not a test of speed: how fast the reply intake empties a full mailbox. {@code burgernet.intakebench.mails}
 * mails (10,000 by default, made by {@link ReplyMailGenerator} from the reply corpus) become the portal's reply inbox
 * in one step ({@link BenchMailbox#release}); the clock runs from then until every one is recorded (reply, auto-reply, bounce, unsubscribe or
 * quarantine) and until the inbox is empty. A warm-up batch ({@code burgernet.intakebench.warmup}, 1,000) goes
 * first, so the figure is that of a running server, not of its first minute. What was recorded must match what was
 * sent, kind by kind: a fast intake that loses or doubles mail fails here.
 *
 * <p>Runs only with {@code -Dburgernet.it.intakebench=true}; prints a line starting with {@code BENCH intake}.
 */
@EnabledIfSystemProperty(named = "burgernet.it.intakebench", matches = "true")
class IntakeBenchmarkIT {

    private static final Duration ROUND_TIMEOUT = Duration.ofMinutes(15);
    private static final long POLL_MILLIS = 200;

    @Test
    void intakeFigures() throws Exception {
        int mails = Integer.getInteger("burgernet.intakebench.mails", 10_000);
        int warmUp = Integer.getInteger("burgernet.intakebench.warmup", 1_000);
        int rounds = Integer.getInteger("burgernet.intakebench.rounds", 1);
        BenchMailbox mailbox = BenchMailbox.bench(
                IntegrationTestServices.services().mailServer().greenMail());
        Path war = WarBuilder.portal()
                .withClasses(IntakeBenchFixture.class, IntakeBenchControl.class, RecordedCounts.class)
                .writeTo(Files.createDirectories(Path.of(System.getProperty("burgernet.it.runtime"), "wars"))
                        .resolve("intakebench.war"));
        int port = Integer.getInteger("burgernet.it.http.port", 0);
        try (PortalProcess portal = PortalProcess.create("intakebench", port == 0 ? PortalProcess.freePort() : port)
                .war(war)
                .systemProperty("burgernet.mail.imap.user", BenchMailbox.BENCH_USER)
                .systemProperty("burgernet.mail.imap.password", BenchMailbox.BENCH_PASSWORD)
                .systemProperty(
                        "burgernet.intakebench.participants",
                        Integer.toString(Integer.getInteger("burgernet.intakebench.participants", 2_000)))
                .systemProperty("burgernet.replies.chunk-size", chunkSize())
                .start()) {
            portal.awaitReady(Duration.ofMinutes(5));
            List<String> keys =
                    portal.get("api/it/intakebench/keys").body().lines().toList();
            assertTrue(keys.size() >= 100, "the fixture's deliveries: " + keys.size());
            if (warmUp > 0) {
                round(portal, mailbox, keys, "warmup", warmUp);
            }
            for (int r = 1; r <= rounds; r++) {
                Figures f = round(portal, mailbox, keys, "run" + r, mails);
                RecordedCounts c = f.recorded();
                System.out.printf(
                        Locale.ROOT,
                        "BENCH intake mails=%d seconds=%.2f mails/s=%.0f replies=%d auto-replies=%d bounces=%d"
                                + " unsubscribes=%d quarantined=%d inbox-empty-after=%.2fs release=%.3fs keys=%d%n",
                        mails,
                        f.recordedSeconds(),
                        mails / f.recordedSeconds(),
                        c.replies(),
                        c.autoReplies(),
                        c.bounces(),
                        c.unsubscribes(),
                        c.quarantined(),
                        f.emptySeconds(),
                        f.deliverySeconds(),
                        keys.size());
            }
        }
    }

    private record Figures(
            double deliverySeconds, double recordedSeconds, double emptySeconds, RecordedCounts recorded) {}

    private static Figures round(PortalProcess portal, BenchMailbox mailbox, List<String> keys, String tag, int n)
            throws Exception {
        ReplyMailGenerator.Batch batch =
                ReplyMailGenerator.generate(n, keys, IntakeBenchFixture.REPLY_DOMAIN, tag + "-" + System.nanoTime());
        String staging = "Staging-" + tag;
        mailbox.stage(staging, BenchMailbox.prepare(batch.mails()));
        RecordedCounts before = counts(portal);

        long start = System.nanoTime();
        mailbox.release(staging);
        long copied = System.nanoTime();
        boolean recordedAll =
                poll(ROUND_TIMEOUT, () -> counts(portal).minus(before).total() >= n);
        long recorded = System.nanoTime();
        boolean emptied = poll(Duration.ofMinutes(1), () -> mailbox.inboxCount() == 0);
        long empty = System.nanoTime();

        RecordedCounts got = counts(portal).minus(before);
        assertTrue(recordedAll, tag + ": not all " + n + " mails recorded in time: " + got);
        assertTrue(emptied, tag + ": the inbox kept " + mailbox.inboxCount() + " mails");
        assertEquals(batch.expected(), got, tag + ": what was recorded differs from what was sent");
        return new Figures((copied - start) / 1e9, (recorded - start) / 1e9, (empty - start) / 1e9, got);
    }

    /** {@code burgernet.intakebench.chunk-size} for the portal, or null (its default) when not given. */
    private static String chunkSize() {
        String size = System.getProperty("burgernet.intakebench.chunk-size", "");
        return size.isBlank() ? null : size;
    }

    /** Like {@code Await.until}, but asks less often: every question costs the portal two COUNT queries. */
    private static boolean poll(Duration timeout, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (done.getAsBoolean()) {
                return true;
            }
            Thread.sleep(POLL_MILLIS);
        }
        return done.getAsBoolean();
    }

    private static RecordedCounts counts(PortalProcess portal) {
        try {
            HttpResponse<String> response = portal.get("api/it/intakebench");
            return response.statusCode() == 200 ? RecordedCounts.parse(response.body()) : RecordedCounts.NONE;
        } catch (Exception e) {
            return RecordedCounts.NONE;
        }
    }
}
