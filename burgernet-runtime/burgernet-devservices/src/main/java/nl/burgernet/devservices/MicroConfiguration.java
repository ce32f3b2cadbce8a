package nl.burgernet.devservices;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the two files Payara Micro is started with: the asadmin post-boot commands (deploy the Artemis resource
 * adapter, create the JMS and JDBC pools and their JNDI resources) and the system properties the portal reads
 * through MicroProfile Config. Post-boot rather than post-deploy: the resources must exist before the portal is
 * deployed, or its MDBs and persistence unit find nothing.
 */
public final class MicroConfiguration {

    public static final String RAR_NAME = "burgernet-artemis-rar";
    public static final String JMS_CONNECTION_FACTORY = "jms/burgernet/ConnectionFactory";
    public static final String DATA_SOURCE = "jdbc/burgernet";

    /**
     * Every connection is checked ({@code Connection.isValid}) before the pool hands it out, and one that fails makes
     * the pool drop all of them. Without it, after the database restarted (or a network cut), the pool went on
     * handing out connections to the old server, and every transaction that got one failed (the fault suite's
     * finding). The README's production commands say the same.
     */
    public static final String DATABASE_POOL_VALIDATION = "--isconnectvalidatereq true --validationmethod"
            + " custom-validation --validationclassname org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation"
            + " --failconnection true";

    private final Path rar;
    private final DevServices.Ports ports;
    private final Database database;
    private final Map<String, String> extraProperties = new LinkedHashMap<>();

    public MicroConfiguration(Path rar, DevServices.Ports ports, Database database) {
        this.rar = rar;
        this.ports = ports;
        this.database = database;
    }

    public MicroConfiguration property(String name, String value) {
        extraProperties.put(name, value);
        return this;
    }

    /**
     * Platform defaults for the SMS channel ({@code burgernet.channel.sms.*}): every municipality that switches SMS on
     * sends through the SMSC simulator unless its admin sets its own SMSC; and the demo phone page reads the
     * simulator's JSON API.
     */
    public MicroConfiguration smsc(int smppPort, int httpPort) {
        extraProperties.put("burgernet.channel.sms.smsc.host", "127.0.0.1");
        extraProperties.put("burgernet.channel.sms.smsc.port", Integer.toString(smppPort));
        extraProperties.put("burgernet.channel.sms.smsc.systemId", DevServices.SMSC_SYSTEM_ID);
        extraProperties.put("burgernet.channel.sms.smsc.password", DevServices.SMSC_PASSWORD);
        extraProperties.put("burgernet.channel.sms.smsc.tls", "false");
        extraProperties.put("burgernet.channel.sms.source.address", "Burgernet");
        if (httpPort > 0) {
            extraProperties.put("burgernet.demo.smsc-api", "http://127.0.0.1:" + httpPort + "/");
        }
        return this;
    }

    /** The SMS defaults for the simulator these services started. */
    public MicroConfiguration smsc(DevServices services) {
        return smsc(services.smsc().smppPort(), services.smsc().httpPort());
    }

    /**
     * The HTTP listener's cookie and proxy settings, as production sets them too (README): every cookie
     * {@code SameSite=Lax} (Payara does not apply web.xml's cookie attributes to its session cookie), and the scheme
     * from {@code X-Forwarded-Proto} behind a TLS proxy, so the session cookie is {@code Secure} there.
     */
    public static final List<String> HTTP_LISTENER_COMMANDS = List.of(
            "set configs.config.server-config.network-config.protocols.protocol.http-listener.http"
                    + ".cookie-same-site-enabled=true",
            "set configs.config.server-config.network-config.protocols.protocol.http-listener.http"
                    + ".cookie-same-site-value=Lax",
            "set configs.config.server-config.network-config.protocols.protocol.http-listener.http"
                    + ".scheme-mapping=X-Forwarded-Proto");

    public List<String> postBootCommands() {
        List<String> commands = new ArrayList<>();
        commands.add("create-resource-adapter-config --property ConnectionParameters="
                + escape("host=127.0.0.1;port=" + ports.broker()) + " " + RAR_NAME);
        commands.add("deploy --type rar --name " + RAR_NAME + " " + rar.toAbsolutePath());
        commands.add("create-connector-connection-pool --raname " + RAR_NAME
                + " --connectiondefinition jakarta.jms.ConnectionFactory --ping false"
                + " --isconnectvalidatereq false --transactionsupport XATransaction burgernet-jms-pool");
        commands.add("create-connector-resource --poolname burgernet-jms-pool " + JMS_CONNECTION_FACTORY);
        commands.add("create-jdbc-connection-pool --datasourceclassname " + database.dataSourceClass()
                + " --restype javax.sql.DataSource " + DATABASE_POOL_VALIDATION + " --property "
                + properties(database.poolProperties()) + " burgernet-db-pool");
        commands.add("create-jdbc-resource --connectionpoolid burgernet-db-pool " + DATA_SOURCE);
        return commands;
    }

    /**
     * Set before the server starts: after the start, each {@code set} on the HTTP listener restarts it, and a
     * restarted listener whose port was not free again at once moved to the next one of its range while Micro still
     * announced the old port (a whole test class then met "connection refused").
     */
    public List<String> preBootCommands() {
        return HTTP_LISTENER_COMMANDS;
    }

    public Map<String, String> systemProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("burgernet.mail.smtp.host", "127.0.0.1");
        p.put("burgernet.mail.smtp.port", Integer.toString(ports.smtp()));
        p.put("burgernet.mail.imap.host", "127.0.0.1");
        p.put("burgernet.mail.imap.port", Integer.toString(ports.imap()));
        p.put("burgernet.mail.imap.user", EmbeddedMailServer.REPLY_MAILBOX_USER);
        p.put("burgernet.mail.imap.password", EmbeddedMailServer.REPLY_MAILBOX_PASSWORD);
        // The embedded mail server speaks plain SMTP and IMAP on loopback; a real one is STARTTLS by default.
        p.put("burgernet.mail.smtp.tls", "NONE");
        p.put("burgernet.mail.imap.tls", "NONE");
        p.put("burgernet.broker.host", "127.0.0.1");
        p.put("burgernet.broker.port", Integer.toString(ports.broker()));
        // Platform defaults for the e-mail channel: every municipality sends through the embedded mail server
        // unless its admin sets its own SMTP server.
        p.put("burgernet.channel.email.smtp.host", "127.0.0.1");
        p.put("burgernet.channel.email.smtp.port", Integer.toString(ports.smtp()));
        p.put("burgernet.channel.email.smtp.tls", "NONE");
        // The embedded services listen on 127.0.0.1: the demo and the tests may point channels there.
        p.put("burgernet.channels.allow-private-hosts", "true");
        // Readiness is DOWN while the portal deploys and no check has registered yet (MicroProfile Health 3.1).
        p.put("mp.health.default.readiness.empty.response", "DOWN");
        p.putAll(extraProperties);
        return p;
    }

    /**
     * Writes {@code preboot.asadmin}, {@code postboot.asadmin} and {@code system.properties} into {@code dir}; returns
     * Micro's options.
     */
    public List<String> writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path preBoot = dir.resolve("preboot.asadmin");
        Files.write(preBoot, preBootCommands());
        Path postBoot = dir.resolve("postboot.asadmin");
        Path props = dir.resolve("system.properties");
        Files.write(postBoot, postBootCommands());
        Files.write(
                props,
                systemProperties().entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue().replace("\\", "\\\\"))
                        .toList());
        return List.of(
                "--prebootcommandfile", preBoot.toAbsolutePath().toString(),
                "--postbootcommandfile", postBoot.toAbsolutePath().toString(),
                "--systemproperties", props.toAbsolutePath().toString());
    }

    private static String properties(Map<String, String> props) {
        return props.entrySet().stream()
                .map(e -> e.getKey() + "=" + escape(e.getValue()))
                .collect(Collectors.joining(":"));
    }

    /** asadmin separates properties with ':' and names from values with '='; both are escaped in a value. */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=");
    }
}
