package nl.burgernet.devservices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MicroConfigurationTest {

    private static final DevServices.Ports PORTS = new DevServices.Ports(61999, 3999, 4999);

    @Test
    void colonsAndEqualsSignsInPropertyValuesAreEscapedForAsadmin() {
        assertEquals("jdbc\\:h2\\:file\\:/x/db", MicroConfiguration.escape("jdbc:h2:file:/x/db"));
        assertEquals("host\\=127.0.0.1;port\\=1", MicroConfiguration.escape("host=127.0.0.1;port=1"));
    }

    @Test
    void resourceAdapterIsConfiguredBeforeItIsDeployedAndPoolsBeforeTheirResources() {
        List<String> commands = new MicroConfiguration(Path.of("/r/a.rar"), PORTS, new Database.H2(Path.of("/d/db")))
                .postBootCommands();
        assertTrue(commands.get(0).startsWith("create-resource-adapter-config"), commands.get(0));
        assertTrue(commands.get(0).contains("port\\=61999"), "the broker port of these services");
        assertTrue(commands.get(1).startsWith("deploy --type rar --name " + MicroConfiguration.RAR_NAME));
        assertTrue(
                indexOf(commands, "create-connector-connection-pool") < indexOf(commands, "create-connector-resource"));
        assertTrue(indexOf(commands, "create-jdbc-connection-pool") < indexOf(commands, "create-jdbc-resource"));
        assertTrue(commands.stream().anyMatch(c -> c.endsWith(" " + MicroConfiguration.DATA_SOURCE)));
        assertTrue(commands.stream().anyMatch(c -> c.endsWith(" " + MicroConfiguration.JMS_CONNECTION_FACTORY)));
    }

    @Test
    void postgresPoolNamesItsSchemaAndAlwaysCarriesAPassword() {
        var pg = new Database.PostgreSql("db.local", 5433, "test", "u", "secret", "burgernet_it");
        String pool = new MicroConfiguration(Path.of("/r/a.rar"), PORTS, pg)
                .postBootCommands().stream()
                        .filter(c -> c.startsWith("create-jdbc-connection-pool"))
                        .findFirst()
                        .orElseThrow();
        assertTrue(pool.contains("org.postgresql.ds.PGSimpleDataSource"), pool);
        assertTrue(pool.contains("serverName=db.local:portNumber=5433:databaseName=test"), pool);
        assertTrue(pool.contains("password=secret"), pool);
        assertTrue(pool.contains("currentSchema=burgernet_it"), pool);
    }

    @Test
    void theDatabasePoolValidatesConnectionsAndDropsThemAllWhenOneIsDead() {
        String pool = new MicroConfiguration(Path.of("/r/a.rar"), PORTS, new Database.H2(Path.of("/d/db")))
                .postBootCommands().stream()
                        .filter(c -> c.startsWith("create-jdbc-connection-pool"))
                        .findFirst()
                        .orElseThrow();
        assertTrue(pool.contains("--isconnectvalidatereq true"), pool);
        assertTrue(pool.contains("--validationclassname org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation"));
        assertTrue(pool.contains("--failconnection true"), pool);
        assertTrue(pool.endsWith(" burgernet-db-pool"), pool);
    }

    @Test
    void writesTheFilesMicroIsStartedWith(@TempDir Path dir) throws Exception {
        var config = new MicroConfiguration(Path.of("/r/a.rar"), PORTS, new Database.H2(dir.resolve("db")))
                .property("burgernet.demo", "true");
        List<String> options = config.writeTo(dir);

        assertEquals("--prebootcommandfile", options.get(0));
        assertEquals("--postbootcommandfile", options.get(2));
        assertEquals("--systemproperties", options.get(4));
        Properties props = new Properties();
        try (var in = Files.newInputStream(Path.of(options.get(5)))) {
            props.load(in);
        }
        assertEquals("3999", props.getProperty("burgernet.mail.smtp.port"));
        assertEquals("4999", props.getProperty("burgernet.mail.imap.port"));
        assertEquals("true", props.getProperty("burgernet.demo"));
        assertEquals(config.preBootCommands(), Files.readAllLines(Path.of(options.get(1))));
        assertEquals(config.postBootCommands(), Files.readAllLines(Path.of(options.get(3))));
        assertTrue(
                config.postBootCommands().stream().noneMatch(c -> c.contains("http-listener")),
                "the HTTP listener is set before the start: a set after it restarts the listener");
    }

    private static int indexOf(List<String> commands, String prefix) {
        for (int i = 0; i < commands.size(); i++) {
            if (commands.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError(prefix + " missing from " + commands);
    }

    @Test
    void theSmsChannelsPlatformDefaultsPointAtTheSmscSimulator() {
        var properties = new MicroConfiguration(Path.of("/r/a.rar"), PORTS, new Database.H2(Path.of("/d/db")))
                .smsc(2775, 2776)
                .systemProperties();
        assertEquals("127.0.0.1", properties.get("burgernet.channel.sms.smsc.host"));
        assertEquals("2775", properties.get("burgernet.channel.sms.smsc.port"));
        assertEquals(DevServices.SMSC_SYSTEM_ID, properties.get("burgernet.channel.sms.smsc.systemId"));
        assertEquals(DevServices.SMSC_PASSWORD, properties.get("burgernet.channel.sms.smsc.password"));
        assertTrue(DevServices.SMSC_PASSWORD.length() <= 8, "SMPP 3.4 carries at most 8 characters");
        assertEquals("http://127.0.0.1:2776/", properties.get("burgernet.demo.smsc-api"));
    }

    @Test
    void theDevServicesStartTheSmscSimulatorWithThePortalsAccount(@TempDir Path dir) throws Exception {
        try (DevServices services = DevServices.start(new DevServices.Ports(0, 0, 0), dir.resolve("broker"))) {
            assertTrue(services.smsc().smppPort() > 0);
            assertTrue(services.smsc().httpPort() > 0, "the JSON API for the demo phone page");
        }
    }
}
