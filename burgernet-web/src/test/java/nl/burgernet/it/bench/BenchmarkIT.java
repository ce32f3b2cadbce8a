package nl.burgernet.it.bench;

import static org.junit.jupiter.api.Assertions.fail;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.burgernet.it.intakebench.BenchMailbox;
import nl.burgernet.it.intakebench.IntakeBenchControl;
import nl.burgernet.it.intakebench.RecordedCounts;
import nl.burgernet.it.support.IntegrationTestServices;
import nl.burgernet.it.support.PortalProcess;
import nl.burgernet.it.support.PortalSession;
import nl.burgernet.it.support.WarBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Issue 6's benchmarks in one run (see {@code bench/run}): e-mail dispatch against Postfix's smtp-source baseline,
 * targeting in a generated country of two million participants on H2 and PostgreSQL, the admin's participant table
 * at 100,000, and the server's heap through all of it (Payara Micro at {@code -Xmx512m}). Prints a table with every
 * goal beside its figure and writes the figures as JSON ({@code -Dburgernet.bench.out}). Figures are for people to
 * read: the run fails only when something does not work, never because a goal is missed.
 */
@EnabledIfSystemProperty(named = "burgernet.it.bench", matches = "true")
class BenchmarkIT {

    private static final int COUNTRY = Integer.getInteger("burgernet.bench.country", 2_000_000);
    private static final int TOWNS = 400;
    private static final int SMALL_ALERT = 10_000;
    private static final int LARGE_ALERT = Integer.getInteger("burgernet.bench.large", 100_000);
    private static final int IMPORT_ROWS = Integer.getInteger("burgernet.bench.import", 100_000);
    private static final int MAIL_BODY_BYTES = 4_096;
    private static final int SMTP_SESSIONS = Integer.getInteger("burgernet.bench.smtp-sessions", 8);
    /**
     * {@code -Dburgernet.bench.only=targeting}: only the generated country, its selections and the AMBER Alert over it
     * (on H2 and PostgreSQL), without the baseline, Benchstad's dispatches, the intake, the import and the table.
     */
    private static final boolean ONLY_TARGETING = "targeting".equals(System.getProperty("burgernet.bench.only"));

    private final Figures figures = new Figures();

    @Test
    void figures() throws Exception {
        Path war = WarBuilder.portal()
                .withClasses(
                        BenchFixture.class,
                        BenchData.class,
                        BenchResource.class,
                        IntakeBenchControl.class,
                        RecordedCounts.class)
                .writeTo(Files.createDirectories(Path.of(System.getProperty("burgernet.it.runtime"), "wars"))
                        .resolve("bench.war"));
        if ("sms".equals(System.getProperty("burgernet.bench.only"))) {
            smsOnly(war);
        } else {
            try (Postfix.Sink sink = Postfix.startSink(PortalProcess.freePort())) {
                double baseline = ONLY_TARGETING ? 0 : baseline(sink);
                onH2(war, sink, baseline);
                onPostgreSql(war, sink);
            }
        }
        String table = figures.table();
        System.out.println("\nBENCH-TABLE-START\n" + table + "BENCH-TABLE-END");
        Path out = Path.of(System.getProperty("burgernet.bench.out", "target/bench/figures.json"));
        figures.writeJson(out, machine());
        System.out.println("BENCH figures written to " + out.toAbsolutePath());
    }

    /** smtp-source into the sink at 1 to 32 sessions, then the best count twice more: the median of its three. */
    private double baseline(Postfix.Sink sink) throws Exception {
        int best = 0;
        double bestSeconds = Double.MAX_VALUE;
        for (int sessions : new int[] {1, 2, 4, 8, 16, 32}) {
            double seconds = Postfix.source(sink, SMALL_ALERT, sessions, MAIL_BODY_BYTES);
            System.out.printf(Locale.ROOT, "BENCH smtp-source %d sessions: %.2f s%n", sessions, seconds);
            if (seconds < bestSeconds) {
                bestSeconds = seconds;
                best = sessions;
            }
        }
        List<Double> rates = new ArrayList<>(List.of(SMALL_ALERT / bestSeconds));
        for (int i = 0; i < 2; i++) {
            rates.add(SMALL_ALERT / Postfix.source(sink, SMALL_ALERT, best, MAIL_BODY_BYTES));
        }
        double rate = Figures.median(rates);
        figures.add(
                "baseline.rate",
                String.format(Locale.ROOT, "smtp-source → smtp-sink, %,d × 4 KB, %d sessions", SMALL_ALERT, best),
                rate,
                "mails/s");
        return rate;
    }

    private void onH2(Path war, Postfix.Sink sink, double baseline) throws Exception {
        BenchMailbox replies = BenchMailbox.bench(
                IntegrationTestServices.services().mailServer().greenMail());
        try (PortalProcess portal = profiled(PortalProcess.create(
                                "bench-h2", PortalProcess.freePort(), PortalProcess.Storage.H2_AS_LAUNCHED))
                        .war(war)
                        // The replies go to a mailbox of the benchmark's own, which it fills behind IMAP's back.
                        .systemProperty("burgernet.mail.imap.user", BenchMailbox.BENCH_USER)
                        .systemProperty("burgernet.mail.imap.password", BenchMailbox.BENCH_PASSWORD)
                        .start();
                HeapWatch heap =
                        new HeapWatch(portal.awaitReady(Duration.ofMinutes(5)).baseUri())) {
            PortalSession operator =
                    PortalSession.login(portal.baseUri(), BenchFixture.OPERATOR, BenchFixture.PASSWORD);

            heap.endPhase("start-up");
            List<TargetingBench.Town> towns = country(operator, "H2");
            heap.endPhase("generating the country");
            histogram(portal, "after generating the country");
            new TargetingBench(operator, figures).measure(towns, "H2", COUNTRY);
            heap.endPhase("targeting");
            if (ONLY_TARGETING) {
                amber(portal, sink, heap, "H2");
                heapFigures(portal, heap, histogram(portal, "after the AMBER Alert"));
                return;
            }

            String written = job(
                    operator,
                    String.format(
                            Locale.ROOT,
                            "api/it/bench/benchstad?participants=%d&inner=%d&smtpPort=%d&sessions=%d",
                            LARGE_ALERT,
                            SMALL_ALERT,
                            sink.port,
                            SMTP_SESSIONS));
            System.out.printf(
                    Locale.ROOT, "BENCH Benchstad's %,d participants written in %s ms%n", LARGE_ALERT, written.strip());
            mailSize(portal);

            DispatchBench dispatch = new DispatchBench(operator, operator, figures);
            heap.endPhase("writing Benchstad");
            dispatch.measure(SMALL_ALERT, BenchData.INNER_RADIUS_METRES + 50, 3, baseline);
            heap.endPhase("dispatch to " + SMALL_ALERT);
            dispatch.measure(LARGE_ALERT, BenchData.OUTER_RADIUS_METRES, 1, baseline);
            heap.endPhase("dispatch to " + LARGE_ALERT);
            smsDispatch(operator, portal);
            heap.endPhase("SMS dispatch to " + SMALL_ALERT);
            new IntakeBench(operator, replies, figures).measure(SMALL_ALERT);
            heap.endPhase("reply intake");
            double liveAfterDispatch = histogram(portal, "after the dispatches");

            PortalSession importAdmin =
                    PortalSession.login(portal.baseUri(), BenchFixture.IMPORT_ADMIN, BenchFixture.PASSWORD);
            new ImportBench(importAdmin, figures).measure(IMPORT_ROWS, "H2");
            heap.endPhase("CSV import");

            PortalSession admin = PortalSession.login(portal.baseUri(), BenchFixture.ADMIN, BenchFixture.PASSWORD);
            new AdminTableBench(admin, figures).measure(LARGE_ALERT);
            heap.endPhase("participant table");

            // Last: its two million mails go on into the sink after it is measured.
            amber(portal, sink, heap, "H2");
            heapFigures(portal, heap, liveAfterDispatch);
        }
    }

    private void heapFigures(PortalProcess portal, HeapWatch heap, double liveAfterDispatch) throws Exception {
        heap.close();
        boolean outOfMemory = portal.log().contains("OutOfMemoryError");
        figures.add("heap.max", "Server heap: -Xmx", heap.maxMb(), "MB");
        figures.atMost("heap.peak", "Server heap: peak used (sampled 4/s)", heap.peakUsedMb(), "MB", 512);
        figures.add("heap.live", "Server heap: live after the dispatches (full GC)", liveAfterDispatch, "MB");
        figures.atMost("heap.oom", "Server heap: OutOfMemoryErrors", outOfMemory ? 1 : 0, "", 0);
    }

    /**
     * The AMBER Alert over the whole country, by Benchstad's operator whom the platform admin makes the national
     * control room's; its mails go to the sink (the owner's, Benchstad's, e-mail server).
     */
    private void amber(PortalProcess portal, Postfix.Sink sink, HeapWatch heap, String database) throws Exception {
        PortalSession platform =
                PortalSession.login(portal.baseUri(), BenchFixture.PLATFORM_ADMIN, BenchFixture.PASSWORD);
        HttpResponse<String> granted =
                platform.putJson("api/admin/users/" + BenchFixture.NATIONAL + "/national-reach", "{\"granted\":true}");
        if (granted.statusCode() != 200) {
            throw new IllegalStateException("National reach was not granted: " + granted.body());
        }
        PortalSession national = PortalSession.login(portal.baseUri(), BenchFixture.NATIONAL, BenchFixture.PASSWORD);
        national.postJson(
                String.format(
                        Locale.ROOT, "api/it/bench/benchstad-mail?smtpPort=%d&sessions=%d", sink.port, SMTP_SESSIONS),
                "");
        new AmberBench(national, figures, heap).measure(database);
        if (portal.log().contains("OutOfMemoryError")) {
            throw new IllegalStateException("The portal ran out of memory during the AMBER Alert (" + database + ")");
        }
    }

    /** {@code -Dburgernet.bench.only=sms}: the SMS dispatch alone, on H2 (a few minutes instead of a quarter hour). */
    private void smsOnly(Path war) throws Exception {
        try (PortalProcess portal = PortalProcess.create(
                                "bench-sms", PortalProcess.freePort(), PortalProcess.Storage.H2_AS_LAUNCHED)
                        .war(war)
                        .start();
                HeapWatch heap =
                        new HeapWatch(portal.awaitReady(Duration.ofMinutes(5)).baseUri())) {
            PortalSession operator =
                    PortalSession.login(portal.baseUri(), BenchFixture.OPERATOR, BenchFixture.PASSWORD);
            smsDispatch(operator, portal);
            heap.close();
            figures.atMost("heap.peak", "Server heap: peak used (sampled 4/s)", heap.peakUsedMb(), "MB", 512);
        }
    }

    /** Smsstad's participants written, then an SMS alert to all of them through the SMSC simulator. */
    private void smsDispatch(PortalSession bench, PortalProcess portal) throws Exception {
        String written =
                job(bench, "api/it/bench/smsstad?participants=" + SMALL_ALERT + "&window=" + SmsDispatchBench.WINDOW);
        System.out.printf(
                Locale.ROOT, "BENCH Smsstad's %,d participants written in %s ms%n", SMALL_ALERT, written.strip());
        PortalSession smsOperator =
                PortalSession.login(portal.baseUri(), BenchFixture.SMS_OPERATOR, BenchFixture.PASSWORD);
        new SmsDispatchBench(
                        smsOperator, bench, IntegrationTestServices.services().smsc(), figures)
                .measure(SMALL_ALERT);
    }

    /** PostgreSQL's selections, when it runs here (127.0.0.1:5432 or BURGERNET_DB_*). */
    private void onPostgreSql(Path war, Postfix.Sink sink) throws Exception {
        if (!Boolean.parseBoolean(System.getProperty("burgernet.bench.postgresql", "true"))) {
            figures.note("PostgreSQL left out (-Dburgernet.bench.postgresql=false).");
            return;
        }
        if (!postgreSqlRuns()) {
            figures.note("PostgreSQL does not answer on 127.0.0.1:5432: its targeting figures are missing.");
            return;
        }
        try (PortalProcess portal = PortalProcess.create(
                        "bench-pg", PortalProcess.freePort(), PortalProcess.Storage.POSTGRESQL)
                .war(war)
                .start()) {
            try (HeapWatch heap =
                    new HeapWatch(portal.awaitReady(Duration.ofMinutes(5)).baseUri())) {
                PortalSession operator =
                        PortalSession.login(portal.baseUri(), BenchFixture.OPERATOR, BenchFixture.PASSWORD);
                new TargetingBench(operator, figures).measure(country(operator, "PostgreSQL"), "PostgreSQL", COUNTRY);
                if (!ONLY_TARGETING) {
                    new ImportBench(
                                    PortalSession.login(
                                            portal.baseUri(), BenchFixture.IMPORT_ADMIN, BenchFixture.PASSWORD),
                                    figures)
                            .measure(IMPORT_ROWS, "PostgreSQL");
                }
                // Last: its mails go on into the sink after it is measured.
                amber(portal, sink, heap, "PostgreSQL");
            }
        }
    }

    private List<TargetingBench.Town> country(PortalSession session, String database) throws Exception {
        String answer = job(session, "api/it/bench/country?participants=" + COUNTRY + "&towns=" + TOWNS);
        List<String> lines = answer.lines().toList();
        figures.add(
                "country." + database.toLowerCase(Locale.ROOT) + ".seconds",
                String.format(
                        Locale.ROOT, "Generating %,d participants in %d municipalities (%s)", COUNTRY, TOWNS, database),
                Long.parseLong(lines.get(0).strip()) / 1000.0,
                "s");
        return lines.subList(1, lines.size()).stream()
                .map(TargetingBench.Town::parse)
                .toList();
    }

    /** Starts a job on the server and waits for its answer (see {@link BenchResource#job()}). */
    static String job(PortalSession session, String path) throws Exception {
        HttpResponse<String> started = session.postJson(path, "");
        if (started.statusCode() / 100 != 2) {
            throw new IllegalStateException(path + " refused: " + started.body());
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> answer = session.get("api/it/bench/job");
            if (answer.statusCode() == 200) {
                return answer.body();
            }
            if (answer.statusCode() != 204) {
                throw new IllegalStateException(path + " failed: " + answer.body());
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(path + " did not finish within 15 minutes");
    }

    /** The benchmark alert once to Meetstad's one participant through the test mail server: its size in bytes. */
    private void mailSize(PortalProcess portal) throws Exception {
        PortalSession probe = PortalSession.login(portal.baseUri(), BenchFixture.PROBE_OPERATOR, BenchFixture.PASSWORD);
        String json = "{\"type\":\"MISSING_PERSON\",\"title\":\"Vermist: man van 78\",\"body\":\"" + AlertText.BODY
                + "\",\"area\":{\"centre\":{\"latitude\":" + BenchFixture.CENTRE.latitude() + ",\"longitude\":"
                + BenchFixture.CENTRE.longitude() + "},\"radiusMetres\":200},\"channels\":[\"email\"]}";
        String id = probe.postJson("api/alerts", json).body().replaceAll("(?s).*?\"id\"\\s*:\\s*(\\d+).*", "$1");
        probe.postJson("api/alerts/" + id + "/launch", "{}");
        var greenMail = IntegrationTestServices.services().mailServer().greenMail();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (MimeMessage m : greenMail.getReceivedMessages()) {
                if (Arrays.toString(m.getRecipients(Message.RecipientType.TO)).contains(BenchFixture.PROBE_ADDRESS)) {
                    ByteArrayOutputStream raw = new ByteArrayOutputStream();
                    m.writeTo(raw);
                    figures.add("dispatch.mail.bytes", "Size of the benchmark's alert mail", raw.size(), "bytes");
                    return;
                }
            }
            Thread.sleep(200);
        }
        fail("The probe mail to Meetstad never arrived");
    }

    /**
     * With {@code -Dburgernet.bench.profile=<file.jfr>}, a Flight Recorder recording of the portal's whole run (method
     * samples every 10 ms, allocations, locks), for {@code jfr print} or JDK Mission Control.
     */
    private static PortalProcess profiled(PortalProcess portal) {
        // -Dbench.portal.burgernet.dispatch.batch-size=500 and the like: settings to try without a rebuild.
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("bench.portal."))
                .forEach(name ->
                        portal.systemProperty(name.substring("bench.portal.".length()), System.getProperty(name)));
        String file = System.getProperty("burgernet.bench.profile", "");
        return file.isBlank()
                ? portal
                : portal.jvmOption("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                        + Path.of(file).toAbsolutePath());
    }

    /**
     * The classes that fill the portal's heap most, printed (live objects: jcmd forces a full collection first);
     * answers the live heap in MB.
     */
    private static double histogram(PortalProcess portal, String when) throws Exception {
        Process jcmd = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        Long.toString(portal.pid()),
                        "GC.class_histogram")
                .redirectErrorStream(true)
                .start();
        List<String> lines =
                new String(jcmd.getInputStream().readAllBytes()).lines().toList();
        jcmd.waitFor();
        System.out.println("BENCH heap histogram " + when + ":");
        lines.stream().limit(18).forEach(line -> System.out.println("BENCH   " + line));
        // The last line is "Total <instances> <bytes>".
        String[] total = lines.get(lines.size() - 1).strip().split("\\s+");
        return Long.parseLong(total[2]) / 1048576.0;
    }

    private static boolean postgreSqlRuns() {
        try (Socket socket = new Socket("127.0.0.1", 5432)) {
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static Map<String, String> machine() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("nproc", Integer.toString(Runtime.getRuntime().availableProcessors()));
        m.put("java", Runtime.version().toString());
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        m.put("portalHeap", "-Xmx512m");
        return m;
    }
}
