package nl.burgernet.devservices;

import java.nio.file.Path;

/** The broker and the mail server together, started and stopped as one. */
public final class DevServices implements AutoCloseable {

    private final EmbeddedBroker broker;
    private final EmbeddedMailServer mailServer;

    private DevServices(EmbeddedBroker broker, EmbeddedMailServer mailServer) {
        this.broker = broker;
        this.mailServer = mailServer;
    }

    public static DevServices start(Ports ports, Path brokerDataDir) throws Exception {
        EmbeddedMailServer mail = new EmbeddedMailServer(ports.smtp(), ports.imap()).start();
        try {
            return new DevServices(new EmbeddedBroker(ports.broker(), brokerDataDir).start(), mail);
        } catch (Exception e) {
            mail.close();
            throw e;
        }
    }

    public EmbeddedMailServer mailServer() {
        return mailServer;
    }

    @Override
    public void close() throws Exception {
        try {
            mailServer.close();
        } finally {
            broker.close();
        }
    }

    /** Loopback ports of the services; the run command and the tests use different ones so both can run at once. */
    public record Ports(int broker, int smtp, int imap) {
        public static final Ports RUN = new Ports(61616, 2525, 2143);
    }
}
