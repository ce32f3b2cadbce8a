package nl.burgernet.it.support;

import java.nio.file.Path;
import nl.burgernet.devservices.Database;
import nl.burgernet.devservices.DevServices;
import nl.burgernet.devservices.MicroConfiguration;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the broker and the mail server once for the whole failsafe run, and writes the post-boot commands and
 * system properties that Arquillian hands to Payara Micro, before Arquillian starts it. Does nothing in the unit
 * test run (surefire), which sets no {@code burgernet.it.runtime}.
 */
public class IntegrationTestServices implements LauncherSessionListener {

    private static DevServices services;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String runtime = System.getProperty("burgernet.it.runtime");
        if (runtime == null || services != null) {
            return;
        }
        try {
            Path runtimeDir = Path.of(runtime);
            DevServices.Ports ports = ports();
            services = DevServices.start(ports, runtimeDir.resolve("broker"));
            new MicroConfiguration(runtimeDir.resolve("burgernet-artemis-rar.rar"), ports, database(runtimeDir))
                    // Retries and in-doubt claims come round in seconds, so the tests can watch them.
                    .property("burgernet.dispatch.retry-base-seconds", "1")
                    .property("burgernet.dispatch.max-attempts", "3")
                    .property("burgernet.dispatch.claim-timeout-seconds", "10")
                    // A mail over 4 MB is not read whole: small enough for a test to send one.
                    .property("burgernet.replies.max-mail-bytes", "4194304")
                    // The SMS channel sends to the SMSC simulator the dev services started, as in the demo.
                    .smsc(services)
                    .writeTo(runtimeDir.resolve("config"));
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the integration-test services", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (services != null) {
            try {
                services.close();
            } catch (Exception e) {
                System.err.println("Stopping the integration-test services failed: " + e);
            }
            services = null;
        }
    }

    /** The mail server the deployed portal talks to, for tests that look at what it sent. */
    public static DevServices services() {
        return services;
    }

    /** Where the broker and the mail server listen; also for portals the tests start as processes of their own. */
    static DevServices.Ports ports() {
        return new DevServices.Ports(
                Integer.getInteger("burgernet.it.broker.port"),
                Integer.getInteger("burgernet.it.smtp.port"),
                Integer.getInteger("burgernet.it.imap.port"));
    }

    /** H2 in a fresh file by default; PostgreSQL in a schema dropped and recreated for every run when asked. */
    private static Database database(Path runtimeDir) throws Exception {
        if ("postgresql".equals(System.getProperty("burgernet.it.db"))) {
            Database.PostgreSql pg = Database.PostgreSql.fromEnvironmentForTests();
            pg.recreateSchema();
            return pg;
        }
        Path file = runtimeDir.resolve("db/burgernet-" + System.currentTimeMillis());
        return new Database.H2(file);
    }
}
