package nl.burgernet.devservices;

import java.nio.file.Path;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/**
 * An ActiveMQ Artemis broker listening on loopback, with a persistent journal so that queued messages survive a
 * restart of the portal (and of the broker, when the data folder is kept). Payara Micro reaches it over TCP through
 * the resource adapter, exactly as it would reach an external broker in production.
 */
public final class EmbeddedBroker implements AutoCloseable {

    /** Failed deliveries end up here after {@link #MAX_DELIVERY_ATTEMPTS}, never silently dropped. */
    public static final String DEAD_LETTER_ADDRESS = "DLQ";

    static final int MAX_DELIVERY_ATTEMPTS = 10;

    private final EmbeddedActiveMQ server = new EmbeddedActiveMQ();

    public EmbeddedBroker(int port, Path dataDir) {
        Configuration config = new ConfigurationImpl()
                .setName("burgernet-dev-broker")
                .setPersistenceEnabled(true)
                .setJournalType(JournalType.NIO)
                .setJournalDirectory(dataDir.resolve("journal").toString())
                .setBindingsDirectory(dataDir.resolve("bindings").toString())
                .setPagingDirectory(dataDir.resolve("paging").toString())
                .setLargeMessagesDirectory(dataDir.resolve("large-messages").toString())
                .setSecurityEnabled(false)
                .setJMXManagementEnabled(false)
                .addAddressSetting(
                        "#",
                        new AddressSettings()
                                .setDeadLetterAddress(SimpleString.of(DEAD_LETTER_ADDRESS))
                                .setMaxDeliveryAttempts(MAX_DELIVERY_ATTEMPTS)
                                .setAutoCreateQueues(true)
                                .setAutoCreateAddresses(true)
                                .setAutoCreateDeadLetterResources(true));
        try {
            config.addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + port);
        } catch (Exception e) {
            throw new IllegalArgumentException("Bad broker port " + port, e);
        }
        server.setConfiguration(config);
    }

    public EmbeddedBroker start() throws Exception {
        server.start();
        return this;
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
