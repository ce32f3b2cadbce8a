package nl.burgernet.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.burgernet.devservices.Database;
import nl.burgernet.devservices.DevServices;
import nl.burgernet.devservices.MicroConfiguration;

/**
 * The portal on Payara Micro as an operating-system process of its own, for what Arquillian's container cannot do:
 * kill it with SIGKILL in the middle of something and start it again on the same data, or deploy a WAR that is
 * meant to fail and read why.
 *
 * <p>It uses the broker and the mail server this test JVM already runs ({@link IntegrationTestServices}), so a
 * killed portal loses no queued JMS message. Its database (an H2 file, or a PostgreSQL schema of its own with
 * {@code -Dburgernet.it.db=postgresql}) and its links secret live in a data folder that survives {@link #restart()};
 * Micro itself gets a fresh root folder every start, or it would first redeploy what it recorded there. Micro is
 * started with the options the Arquillian tests use; what it prints goes to one log file per start.
 */
public final class PortalProcess implements AutoCloseable {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration KILL_TIMEOUT = Duration.ofSeconds(10);

    /** Payara answers UP with no checks before the portal is deployed: the portal's own check proves it is there. */
    private static final Pattern PORTAL_CHECK = Pattern.compile("\"name\"\\s*:\\s*\"database\"");

    private final String name;
    private final int httpPort;
    private final Path runtimeDir;
    private final Path dataDir;
    private Database database;
    private DevServices.Ports services;
    private final String linksSecret;
    private final Map<String, String> systemProperties = new LinkedHashMap<>();
    private final List<String> jvmOptions = new ArrayList<>();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Thread killOnExit = new Thread(this::killQuietly, "portal-process-kill-on-exit");

    private Path war;
    private Process process;
    private Path log;
    private int starts;

    private PortalProcess(String name, int httpPort, Path runtimeDir, Database database) throws IOException {
        this.name = name;
        this.httpPort = httpPort;
        this.runtimeDir = runtimeDir;
        this.dataDir = runtimeDir.resolve("processes").resolve(name);
        this.database = database;
        this.war = Path.of(System.getProperty("burgernet.it.war", "target/burgernet.war"))
                .toAbsolutePath();
        deleteRecursively(dataDir);
        Files.createDirectories(dataDir.resolve("logs"));
        byte[] random = new byte[48];
        new SecureRandom().nextBytes(random);
        this.linksSecret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /**
     * A portal with fresh data under {@code ${burgernet.it.runtime}/processes/<name>} that will listen on {@code
     * httpPort}; nothing runs until {@link #start()}. Deploys the real {@code burgernet.war} unless told otherwise.
     *
     * @param name lower-case letters, digits and '-': the data folder's name, and part of the PostgreSQL schema's
     */
    public static PortalProcess create(String name, int httpPort) throws Exception {
        boolean postgresql = "postgresql".equals(System.getProperty("burgernet.it.db"));
        return create(name, httpPort, postgresql ? Storage.POSTGRESQL : Storage.H2_WRITE_THROUGH);
    }

    /** Where a portal process keeps its data. */
    public enum Storage {
        /** H2 writing every commit through at once, so a kill -9 loses nothing committed (the crash tests). */
        H2_WRITE_THROUGH,
        /** H2 as {@code ./burgernet run} opens it: commits reach the file within H2's write delay (500 ms). */
        H2_AS_LAUNCHED,
        /** A PostgreSQL schema of the portal's own. */
        POSTGRESQL
    }

    /** As {@link #create(String, int)}, with the storage chosen by the caller (benchmarks compare them). */
    public static PortalProcess create(String name, int httpPort, Storage storage) throws Exception {
        if (!name.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("A portal process name is lower-case letters, digits and '-': " + name);
        }
        String runtime = System.getProperty("burgernet.it.runtime");
        if (runtime == null || IntegrationTestServices.services() == null) {
            throw new IllegalStateException(
                    "A portal process needs the integration-test services: run it as an IT through Maven (failsafe)");
        }
        Path runtimeDir = Path.of(runtime).toAbsolutePath();
        return new PortalProcess(name, httpPort, runtimeDir, database(name, runtimeDir, storage));
    }

    /** A port nobody listens on now, for tests that were not given one. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The WAR the next start deploys. */
    public PortalProcess war(Path war) {
        this.war = war.toAbsolutePath();
        return this;
    }

    /** A system property for every following start (e.g. a {@code burgernet.*} setting); null removes it. */
    public PortalProcess systemProperty(String name, String value) {
        if (value == null) {
            systemProperties.remove(name);
        } else {
            systemProperties.put(name, value);
        }
        return this;
    }

    /**
     * The broker, SMTP and IMAP ports of every following start, instead of the test run's shared services: a fault
     * test stops and starts services of its own without disturbing the other tests.
     */
    public PortalProcess services(DevServices.Ports ports) {
        this.services = ports;
        return this;
    }

    /** The database of every following start. */
    public Database database() {
        return database;
    }

    /**
     * Reaches the PostgreSQL server at another port of 127.0.0.1 from the next start on, e.g. a {@link FaultProxy} in
     * front of it; the schema stays the same. H2 runs inside the portal and has no server to reach.
     */
    public PortalProcess databasePort(int port) {
        if (!(database instanceof Database.PostgreSql pg)) {
            throw new IllegalStateException("Only a PostgreSQL database is reached over TCP: " + database);
        }
        database = new Database.PostgreSql("127.0.0.1", port, pg.database(), pg.user(), pg.password(), pg.schema());
        return this;
    }

    /** An option for Micro's JVM at every following start, e.g. a Flight Recorder recording for a benchmark. */
    public PortalProcess jvmOption(String option) {
        jvmOptions.add(option);
        return this;
    }

    /** Starts Payara Micro with a fresh root folder on the kept data; returns at once (see {@link #awaitReady}). */
    public PortalProcess start() throws IOException {
        if (isAlive()) {
            throw new IllegalStateException("Portal process " + name + " is already running (pid " + pid() + ")");
        }
        requirePortFree();
        Path rootDir = dataDir.resolve("payara-root");
        deleteRecursively(rootDir);
        MicroConfiguration config = new MicroConfiguration(
                runtimeDir.resolve("burgernet-artemis-rar.rar"),
                services != null ? services : IntegrationTestServices.ports(),
                database);
        config.property("burgernet.base-url", baseUri().toString());
        config.property("burgernet.links.secret", linksSecret);
        // SMS goes to the SMSC simulator of the integration-test services, as from the Arquillian-deployed portal.
        config.smsc(IntegrationTestServices.services());
        systemProperties.forEach(config::property);

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.addAll(jvmOptions);
        if (Runtime.version().feature() >= 24) {
            // Hazelcast inside Micro uses sun.misc.Unsafe, which JDK 24+ warns about at every start.
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.add("-jar");
        command.add(runtimeDir.resolve("payara-micro.jar").toString());
        command.addAll(List.of("--nocluster", "--port", Integer.toString(httpPort), "--rootdir", rootDir.toString()));
        command.addAll(config.writeTo(dataDir.resolve("config")));
        command.addAll(List.of("--addlibs", runtimeDir.resolve("postgresql.jar").toString()));
        command.addAll(List.of("--deploy", war.toString(), "--contextroot", "/"));

        starts++;
        log = dataDir.resolve("logs").resolve("start-" + starts + ".log");
        process = new ProcessBuilder(command)
                .directory(dataDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return this;
    }

    /**
     * Waits until {@code /health/ready} is UP with the portal's own checks in it. Fails with the end of the log when
     * Micro exits first or the time runs out.
     */
    public PortalProcess awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!isAlive()) {
                throw new IllegalStateException(
                        "Payara Micro (" + name + ") exited before the portal was ready" + exitCode() + logTail());
            }
            if (isReady()) {
                return this;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The portal (" + name + ") was not ready within " + timeout + logTail());
    }

    /** One look at {@code /health/ready}: UP, and the portal is deployed. */
    public boolean isReady() {
        try {
            HttpResponse<String> response = get("health/ready");
            return response.statusCode() == 200
                    && PORTAL_CHECK.matcher(response.body()).find();
        } catch (IOException notListening) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Waits until this start's log contains {@code text}; false when Micro exits first or the time runs out. */
    public boolean awaitLog(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (log().contains(text)) {
                return true;
            }
            if (!isAlive()) {
                return log().contains(text);
            }
            Thread.sleep(250);
        }
        return log().contains(text);
    }

    /** A plain GET below the portal's root, without a session. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(baseUri().resolve(path))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * kill -9: SIGKILL to Micro (Java's forcible destroy is SIGKILL on Linux) and to any process it started, with no
     * chance to finish a transaction, flush or say goodbye. Returns once the process is gone.
     */
    public void killHard() throws InterruptedException {
        if (process == null) {
            return;
        }
        // Taken before the kill: once Micro is gone, its children belong to init and are no descendants any more.
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        if (!process.waitFor(KILL_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("Payara Micro (" + name + ", pid " + process.pid() + ") survived SIGKILL");
        }
        for (ProcessHandle child : descendants) {
            child.onExit()
                    .completeOnTimeout(child, KILL_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                    .join();
        }
    }

    /** Stops Micro as an operator would (SIGTERM, Micro shuts down cleanly), or kills it when it takes too long. */
    public void stop() throws InterruptedException {
        if (!isAlive()) {
            return;
        }
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            killHard();
        }
        descendants.forEach(ProcessHandle::destroyForcibly);
    }

    /** Stops Micro if it runs, then starts it again on the same data (and the WAR and properties set by then). */
    public PortalProcess restart() throws IOException, InterruptedException {
        stop();
        return start();
    }

    /** What Micro printed since the latest start (standard output and error together). */
    public String log() {
        if (log == null || !Files.exists(log)) {
            return "";
        }
        try {
            // Decoded leniently: a half-written line at the end must not make the log unreadable.
            return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The log file of the latest start; earlier starts' logs stay beside it as {@code start-<n>.log}. */
    public Path logFile() {
        return log;
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public long pid() {
        if (process == null) {
            throw new IllegalStateException("Portal process " + name + " was never started");
        }
        return process.pid();
    }

    /** {@code http://localhost:<port>/}, the portal's root. */
    public URI baseUri() {
        return URI.create("http://localhost:" + httpPort + "/");
    }

    public int httpPort() {
        return httpPort;
    }

    /** The folder that survives restarts: database (H2), configuration, logs. */
    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() throws InterruptedException {
        try {
            stop();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(killOnExit);
            } catch (IllegalStateException alreadyShuttingDown) {
                // The hook is running or about to: it kills what is left.
            }
        }
    }

    /**
     * The database behind {@code jdbc/burgernet}, fresh for every portal process and never shared with the
     * Arquillian tests' one. H2 writes each commit through at once ({@code WRITE_DELAY=0}; by default it holds
     * commits for up to half a second), so a kill -9 loses no committed transaction, as with PostgreSQL.
     */
    private static Database database(String name, Path runtimeDir, Storage storage) throws Exception {
        if (storage == Storage.POSTGRESQL) {
            Database.PostgreSql tests = Database.PostgreSql.fromEnvironmentForTests();
            Database.PostgreSql own = new Database.PostgreSql(
                    tests.host(),
                    tests.port(),
                    tests.database(),
                    tests.user(),
                    tests.password(),
                    tests.schema() + "_" + name.replace('-', '_'));
            own.recreateSchema();
            return own;
        }
        // Database.H2 builds "jdbc:h2:file:<path>"; H2 reads settings after the file name, separated by ';'.
        Path file = runtimeDir.resolve("processes").resolve(name).resolve("db/burgernet");
        return new Database.H2(
                storage == Storage.H2_WRITE_THROUGH ? file.resolveSibling("burgernet;WRITE_DELAY=0") : file);
    }

    private void requirePortFree() throws IOException {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(httpPort));
        } catch (BindException e) {
            // Health checks would otherwise ask whatever listens there.
            throw new IllegalStateException(
                    "Port " + httpPort + " is taken: portal process " + name + " cannot use it");
        }
    }

    private void killQuietly() {
        if (isAlive()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private String exitCode() {
        return process != null && !process.isAlive() ? " (exit " + process.exitValue() + ")" : "";
    }

    private String logTail() {
        List<String> lines = log().lines().toList();
        return "; last lines of " + log + ":\n"
                + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
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
}
