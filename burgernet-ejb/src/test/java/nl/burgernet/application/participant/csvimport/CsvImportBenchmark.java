package nl.burgernet.application.participant.csvimport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import nl.burgernet.domain.model.participant.ParticipantValidator;

/**
 * Measures parsing + validating a generated import file (not a test: speed is never asserted). Run from the
 * repository root with Java 21+:
 *
 * <pre>
 * ./mvnw -B -q -pl burgernet-ejb test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp burgernet-ejb/target/classes:burgernet-ejb/target/test-classes:$(cat burgernet-ejb/target/cp.txt) \
 *     nl.burgernet.application.participant.csvimport.CsvImportBenchmark [rows]
 * </pre>
 *
 * One row in a hundred is invalid, so the error path is measured too. Wall time depends on what else the machine runs;
 * the CPU time of the reading thread is the steadier figure.
 */
public final class CsvImportBenchmark {

    private CsvImportBenchmark() {}

    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        byte[] file = generate(rows);
        System.out.printf(Locale.ROOT, "%d rows, %.1f MB%n", rows, file.length / 1e6);
        ParticipantCsvReader reader = new ParticipantCsvReader(new ParticipantValidator());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int run = 1; run <= 5; run++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            CsvImportPreview preview = reader.preview(
                    new ByteArrayInputStream(file), nl.burgernet.domain.model.participant.TestChannels.CLASSIC);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "run %d: %.3f s wall, %,.0f rows/s; %.3f s CPU, %,.0f rows/s per core (%d accepted, %d errors)%n",
                    run,
                    seconds,
                    rows / seconds,
                    cpuSeconds,
                    rows / cpuSeconds,
                    preview.accepted().size(),
                    preview.errors().size());
        }
    }

    static byte[] generate(int rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(rows * 90);
        StringBuilder line = new StringBuilder(128);
        line.append("\uFEFFe-mail;mobiel;postcode;huisnummer;toevoeging;geboortejaar;taal;kanalen;"
                + "niet_storen_van;niet_storen_tot\r\n");
        String[] channels = {"", "email", "\"email;sms\"", "push", "\"email;voice\""};
        for (int i = 0; i < rows; i++) {
            line.append("deelnemer").append(i).append("@voorbeeld.nl;");
            line.append(i % 3 == 0 ? "" : "06 " + (10_000_000 + i)).append(';');
            line.append(3600 + i % 9).append(i % 100 == 0 ? " SA" : " AB").append(';');
            line.append(1 + i % 250).append(';');
            line.append(i % 10 == 0 ? "a" : "").append(';');
            line.append(1930 + i % 80).append(';');
            line.append(i % 5 == 0 ? "en" : "nl").append(';');
            line.append(i % 3 == 0 ? "" : channels[i % channels.length]).append(';');
            line.append(i % 4 == 0 ? "22:00;07:00" : ";").append("\r\n");
            out.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
            line.setLength(0);
        }
        return out.toByteArray();
    }
}
