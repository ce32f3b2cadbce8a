package nl.burgernet.it.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Postfix's test programs (Debian package {@code postfix}, which {@code bench/run} installs): {@code smtp-sink}, an
 * SMTP server that accepts and forgets every mail as fast as the machine allows, and {@code smtp-source}, Postfix's
 * own SMTP load generator, whose rate into the sink is the baseline the portal's dispatch is compared with.
 */
final class Postfix {

    private static final Path SBIN = Path.of("/usr/sbin");

    private Postfix() {}

    /** A running smtp-sink on 127.0.0.1:port. */
    static final class Sink implements AutoCloseable {
        private final Process process;
        final int port;

        private Sink(Process process, int port) {
            this.process = process;
            this.port = port;
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    static Sink startSink(int port) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(tool("smtp-sink").toString()));
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("-u", "nobody")); // smtp-sink refuses to keep root's privileges
        }
        command.addAll(List.of("127.0.0.1:" + port, "1024"));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try (var socket = new java.net.Socket("127.0.0.1", port)) {
                return new Sink(process, port);
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("smtp-sink did not start on port " + port);
    }

    /**
     * smtp-source sending {@code messages} mails of {@code bodyBytes} into the sink over {@code sessions} parallel
     * connections, each kept open for the next mail ({@code -d}), as the portal keeps its own; answers the seconds.
     */
    static double source(Sink sink, int messages, int sessions, int bodyBytes)
            throws IOException, InterruptedException {
        List<String> command = List.of(
                tool("smtp-source").toString(),
                "-d",
                "-s",
                Integer.toString(sessions),
                "-m",
                Integer.toString(messages),
                "-l",
                Integer.toString(bodyBytes),
                "-f",
                "baseline@bench.example.nl",
                "-t",
                "sink@bench.example.nl",
                "127.0.0.1:" + sink.port);
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("smtp-source failed: " + command);
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private static Path tool(String name) {
        Path path = SBIN.resolve(name);
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException(path + " is missing: bench/run installs Debian's postfix package");
        }
        return path;
    }
}
