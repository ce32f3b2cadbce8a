package nl.burgernet.it.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.burgernet.it.importbench.ParticipantCsvGenerator;
import nl.burgernet.it.support.PortalSession;

/**
 * The CSV import of Importstad's admin over REST: a warm-up file, then 100,000-row files with ten bad rows each,
 * every row validated, geocoded and (the good ones) stored. Rows per second count every row read.
 */
final class ImportBench {

    private static final String IMPORT = "api/admin/participants/import";
    private static final int RUNS = 3;

    private final PortalSession admin;
    private final Figures figures;

    ImportBench(PortalSession admin, Figures figures) {
        this.admin = admin;
        this.figures = figures;
    }

    void measure(int rows, String database) throws Exception {
        post(ParticipantCsvGenerator.generate(5_000, 1)); // warm-up
        List<Double> rates = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            ParticipantCsvGenerator.GeneratedCsv file = ParticipantCsvGenerator.generate(rows, 100 + run);
            long started = System.nanoTime();
            JsonObject report = post(file);
            double seconds = (System.nanoTime() - started) / 1e9;
            int imported = report.getInt("imported");
            int rejected = report.getJsonArray("rejected").size();
            if (imported != file.goodRows() || rejected != file.badLines().size()) {
                throw new IllegalStateException("Import of " + rows + " rows: " + imported + " imported and " + rejected
                        + " rejected, expected " + file.goodRows() + " and "
                        + file.badLines().size());
            }
            rates.add(rows / seconds);
            System.out.printf(
                    Locale.ROOT,
                    "BENCH import run %d: %,d rows in %.2f s = %.0f rows/s (%d rejected with their lines)%n",
                    run + 1,
                    rows,
                    seconds,
                    rows / seconds,
                    rejected);
        }
        figures.atLeast(
                "import." + database.toLowerCase(Locale.ROOT) + ".rate",
                String.format(Locale.ROOT, "CSV import of %,d participants, %s (median of %d)", rows, database, RUNS),
                Figures.median(rates),
                "rows/s",
                20_000);
    }

    private JsonObject post(ParticipantCsvGenerator.GeneratedCsv file) throws Exception {
        HttpResponse<String> response = admin.postCsv(IMPORT, file.text());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Import refused (" + response.statusCode() + "): " + response.body());
        }
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
