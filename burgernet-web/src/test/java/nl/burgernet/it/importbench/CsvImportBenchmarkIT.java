package nl.burgernet.it.importbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import nl.burgernet.it.support.PortalDeployment;
import nl.burgernet.it.support.PortalSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Figures, not a test of speed: a generated CSV of {@code burgernet.importbench.rows} participants (100,000 by
 * default) posted to {@code POST /api/admin/participants/import} by a municipality admin, timed from the first byte
 * sent to the report received (upload, parsing, validation, geocoding, duplicate checks, storing, commit). Prints
 * {@code BENCH import rows=… seconds=… rows/s=… imported=… rejected=…}, then the server's CPU seconds for the
 * import and the machine's load before it, since wall time depends on what else the machine runs. Asserts that the outcome is right: every
 * good row stored, every bad row reported on its own line, and a second import of rows already there stores none.
 * Runs only with {@code -Dburgernet.it.importbench=true}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "burgernet.it.importbench", matches = "true")
class CsvImportBenchmarkIT {

    private static final String IMPORT = "api/admin/participants/import";
    private static final int WARM_UP_ROWS = 5_000;

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTestClasses(ImportBenchFixture.class);
    }

    @ArquillianResource
    URL portalUrl;

    @Test
    void importOfAHundredThousandParticipants() throws Exception {
        int rows = Integer.getInteger("burgernet.importbench.rows", 100_000);
        PortalSession admin =
                PortalSession.login(portalUrl.toURI(), ImportBenchFixture.ADMIN, ImportBenchFixture.PASSWORD);
        long before = total(admin);

        ParticipantCsvGenerator.GeneratedCsv warmUp = ParticipantCsvGenerator.generate(WARM_UP_ROWS, 1);
        assertOutcome(warmUp, post(admin, warmUp));

        ParticipantCsvGenerator.GeneratedCsv file = ParticipantCsvGenerator.generate(rows, 2);
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Duration serverCpuBefore = serverCpu();
        long started = System.nanoTime();
        JsonObject report = post(admin, file);
        double seconds = (System.nanoTime() - started) / 1e9;
        double serverCpuSeconds = serverCpu().minus(serverCpuBefore).toMillis() / 1e3;
        int rejectedLines = assertOutcome(file, report);
        System.out.printf(
                Locale.ROOT,
                "BENCH import rows=%d seconds=%.2f rows/s=%.0f imported=%d rejected=%d"
                        + " server-cpu-seconds=%.2f load=%.1f (%.1f MB)%n",
                rows,
                seconds,
                rows / seconds,
                report.getInt("imported"),
                rejectedLines,
                serverCpuSeconds,
                loadBefore,
                file.bytes().length / 1e6);
        assertEquals(before + warmUp.goodRows() + file.goodRows(), total(admin));

        JsonObject repeated = post(admin, warmUp);
        assertEquals(0, repeated.getInt("imported"), "every good row is registered already");
        assertEquals(WARM_UP_ROWS, distinctLines(repeated).size(), "every row is reported");
        assertEquals(before + warmUp.goodRows() + file.goodRows(), total(admin));
    }

    /**
     * CPU time of the Payara Micro that Arquillian started as a child of this JVM (the database's too when it is H2
     * in that process). Steadier than wall time on a machine shared with other work; zero when not found.
     */
    private static Duration serverCpu() {
        return ProcessHandle.current()
                .descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("payara-micro"))
                .map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
    }

    /** Checks the report against what the generator put in the file; returns the number of rejected lines. */
    private static int assertOutcome(ParticipantCsvGenerator.GeneratedCsv file, JsonObject report) {
        assertEquals(file.rows(), report.getJsonNumber("rowsRead").longValue());
        assertEquals(file.goodRows(), report.getInt("imported"));
        Set<Long> lines = distinctLines(report);
        assertEquals(
                file.badLines().keySet(), lines, report.getJsonArray("rejected").toString());
        for (JsonValue rejected : report.getJsonArray("rejected")) {
            assertFalse(rejected.asJsonObject().getString("message").isBlank(), rejected.toString());
        }
        return lines.size();
    }

    private static Set<Long> distinctLines(JsonObject report) {
        Set<Long> lines = new TreeSet<>();
        for (JsonValue rejected : report.getJsonArray("rejected")) {
            lines.add(rejected.asJsonObject().getJsonNumber("line").longValue());
        }
        return lines;
    }

    private static JsonObject post(PortalSession admin, ParticipantCsvGenerator.GeneratedCsv file) throws Exception {
        HttpResponse<String> response = admin.postCsv(IMPORT, file.text());
        assertEquals(200, response.statusCode(), response.body());
        return json(response.body());
    }

    private static long total(PortalSession admin) throws Exception {
        HttpResponse<String> page = admin.get("api/admin/participants?max=1");
        assertEquals(200, page.statusCode(), page.body());
        return json(page.body()).getJsonNumber("total").longValue();
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
