package nl.burgernet.devservices;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code ./burgernet run}: starts the embedded broker and mail server in this JVM, then Payara Micro with the portal
 * as a child process, waits until the portal reports ready, prints where to go, and on Ctrl-C stops everything it
 * started. Settings come from the environment (see the README): BURGERNET_PORT, BURGERNET_DATA, BURGERNET_DB.
 */
public final class BurgernetLauncher {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    private static volatile boolean stopping;

    private final Path war;
    private final Path runtimeDir;
    private final Path dataDir;
    private final int httpPort;
    private final boolean postgres;

    private BurgernetLauncher(Path war, Path runtimeDir, Path dataDir, int httpPort, boolean postgres) {
        this.war = war;
        this.runtimeDir = runtimeDir;
        this.dataDir = dataDir;
        this.httpPort = httpPort;
        this.postgres = postgres;
    }

    public static void main(String[] args) throws Exception {
        try (var logging = BurgernetLauncher.class.getResourceAsStream("launcher-logging.properties")) {
            java.util.logging.LogManager.getLogManager().readConfiguration(logging);
        }
        if (args.length != 1) {
            System.err.println("usage: java -jar burgernet-devservices.jar <path to burgernet.war>");
            System.exit(2);
        }
        Path launcherJar = Path.of(BurgernetLauncher.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .toAbsolutePath();
        String db = env("BURGERNET_DB", "h2");
        if (!db.equals("h2") && !db.equals("postgresql")) {
            System.err.println("BURGERNET_DB must be h2 or postgresql, not " + db);
            System.exit(2);
        }
        new BurgernetLauncher(
                        Path.of(args[0]).toAbsolutePath(),
                        launcherJar.getParent().resolve("runtime"),
                        Path.of(env("BURGERNET_DATA", "data")).toAbsolutePath(),
                        Integer.parseInt(env("BURGERNET_PORT", "8080")),
                        db.equals("postgresql"))
                .run();
    }

    private void run() throws Exception {
        long started = System.nanoTime();
        Files.createDirectories(dataDir.resolve("logs"));
        DevServices services = startServices();
        Process micro;
        try {
            micro = startMicro(database(), services);
        } catch (Exception e) {
            services.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(micro, services), "burgernet-stop"));

        Path log = dataDir.resolve("logs/payara.log");
        if (!awaitReady(micro)) {
            System.err.println("The portal did not become ready. Last lines of " + log + ":");
            tail(log, 40).forEach(System.err::println);
            System.exit(1);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String base = "http://localhost:" + httpPort + "/";
        System.out.printf(
                """

                Burgernet is running (ready in %.1f s).
                  Portal        %s
                  Health        %shealth/ready
                  Mail server   SMTP 127.0.0.1:%d, IMAP 127.0.0.1:%d (reply mailbox: %s / %s)
                  SMSC          SMPP 127.0.0.1:%d (account %s / %s), phones http://127.0.0.1:%d/numbers
                  Demo mailbox  %sdemo/mailbox.xhtml (read what residents received)
                  Data          %s
                  Server log    %s
                Demo logins (username, password, role):
                %s
                Press Ctrl-C to stop.
                %n""",
                seconds,
                base,
                base,
                DevServices.Ports.RUN.smtp(),
                DevServices.Ports.RUN.imap(),
                EmbeddedMailServer.REPLY_MAILBOX_USER,
                EmbeddedMailServer.REPLY_MAILBOX_PASSWORD,
                services.smsc().smppPort(),
                DevServices.SMSC_SYSTEM_ID,
                DevServices.SMSC_PASSWORD,
                services.smsc().httpPort(),
                base,
                dataDir,
                log,
                DemoLogins.asTable());
        int exit = micro.waitFor();
        if (!stopping) {
            System.err.println("Payara Micro stopped by itself (exit " + exit + "); see " + log);
            System.exit(1);
        }
    }

    private DevServices startServices() throws Exception {
        try {
            return DevServices.start(DevServices.Ports.RUN, dataDir.resolve("broker"));
        } catch (Exception e) {
            if (hasCause(e, BindException.class)) {
                System.err.println("A port of the embedded services is taken (" + DevServices.Ports.RUN
                        + "). Is another Burgernet still running?");
                System.exit(1);
            }
            throw e;
        }
    }

    private Database database() throws Exception {
        if (!postgres) {
            return new Database.H2(dataDir.resolve("db/burgernet"));
        }
        Database.PostgreSql pg = Database.PostgreSql.fromEnvironment("burgernet", "public");
        pg.ensureSchema();
        return pg;
    }

    private Process startMicro(Database database, DevServices services) throws IOException {
        // A fresh root folder every start: Micro would otherwise first redeploy what it recorded last time.
        Path rootDir = dataDir.resolve("payara-root");
        deleteRecursively(rootDir);
        MicroConfiguration config = new MicroConfiguration(
                runtimeDir.resolve("burgernet-artemis-rar.rar"), DevServices.Ports.RUN, database);
        config.smsc(services);
        config.property("burgernet.demo", "true");
        config.property("burgernet.demo.logins", DemoLogins.asProperty());
        config.property("burgernet.base-url", "http://localhost:" + httpPort + "/");
        config.property("burgernet.links.secret", linksSecret());

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + env("BURGERNET_HEAP", "512m"));
        if (Runtime.version().feature() >= 24) {
            // Hazelcast inside Micro uses sun.misc.Unsafe, which JDK 24+ warns about at every start.
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.add("-jar");
        command.add(runtimeDir.resolve("payara-micro.jar").toString());
        command.addAll(List.of("--nocluster", "--port", Integer.toString(httpPort), "--rootdir", rootDir.toString()));
        command.addAll(config.writeTo(dataDir.resolve("payara-config")));
        if (database instanceof Database.PostgreSql) {
            command.addAll(
                    List.of("--addlibs", runtimeDir.resolve("postgresql.jar").toString()));
        }
        command.addAll(List.of("--deploy", war.toString(), "--contextroot", "/"));

        Path log = dataDir.resolve("logs/payara.log");
        System.out.println("Starting Payara Micro on port " + httpPort + " (log: " + log + ") ...");
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    /**
     * The secret residents' personal links are signed with, kept in the data folder: links mailed before a restart
     * must still work after it.
     */
    private String linksSecret() throws IOException {
        Path file = dataDir.resolve("links.secret");
        if (!Files.exists(file)) {
            byte[] random = new byte[48];
            new java.security.SecureRandom().nextBytes(random);
            Files.writeString(
                    file, java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random));
        }
        return Files.readString(file).strip();
    }

    private boolean awaitReady(Process micro) throws InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/health/ready"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline && micro.isAlive()) {
            try {
                // Payara answers UP with no checks before the portal is deployed: wait for the portal's own checks.
                HttpResponse<String> response = http.send(ready, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"name\":\"database\"")) {
                    return true;
                }
            } catch (IOException notYet) {
                // Micro is still booting: the port is not open yet.
            }
            Thread.sleep(250);
        }
        return false;
    }

    private static void stop(Process micro, DevServices services) {
        stopping = true;
        System.out.println("Stopping Burgernet ...");
        try {
            micro.destroy();
            if (!micro.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                micro.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            micro.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            try {
                services.close();
            } catch (Exception e) {
                System.err.println("Stopping the embedded services failed: " + e);
            }
        }
    }

    private static List<String> tail(Path file, int lines) {
        try (Stream<String> all = Files.lines(file)) {
            List<String> list = all.toList();
            return list.subList(Math.max(0, list.size() - lines), list.size());
        } catch (IOException | UncheckedIOException e) {
            return List.of("(no log: " + e.getMessage() + ")");
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
