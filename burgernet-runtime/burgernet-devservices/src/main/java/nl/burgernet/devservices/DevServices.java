package nl.burgernet.devservices;

import java.nio.file.Path;
import nl.burgernet.smsc.SmscSimulator;

/** The broker, the mail server and the SMSC simulator together, started and stopped as one. */
public final class DevServices implements AutoCloseable {

    /** The SMPP account the portal binds with, as the SMS channel's platform defaults say. */
    public static final String SMSC_SYSTEM_ID = "burgernet";

    /** SMPP 3.4 carries passwords of at most 8 characters, so not the demo logins' password. */
    public static final String SMSC_PASSWORD = "bn-demo";

    private final EmbeddedBroker broker;
    private final EmbeddedMailServer mailServer;
    private final SmscSimulator smsc;

    private DevServices(EmbeddedBroker broker, EmbeddedMailServer mailServer, SmscSimulator smsc) {
        this.broker = broker;
        this.mailServer = mailServer;
        this.smsc = smsc;
    }

    public static DevServices start(Ports ports, Path brokerDataDir) throws Exception {
        EmbeddedMailServer mail = new EmbeddedMailServer(ports.smtp(), ports.imap()).start();
        SmscSimulator smsc = null;
        try {
            smsc = new SmscSimulator(ports.smpp(), ports.smscHttp())
                    .account(SMSC_SYSTEM_ID, SMSC_PASSWORD)
                    .start();
            return new DevServices(new EmbeddedBroker(ports.broker(), brokerDataDir).start(), mail, smsc);
        } catch (Exception e) {
            mail.close();
            if (smsc != null) {
                smsc.close();
            }
            throw e;
        }
    }

    public EmbeddedMailServer mailServer() {
        return mailServer;
    }

    /** The SMSC the portal's SMS channel sends to; tests read what each number received from it. */
    public SmscSimulator smsc() {
        return smsc;
    }

    @Override
    public void close() throws Exception {
        try {
            mailServer.close();
            smsc.close();
        } finally {
            broker.close();
        }
    }

    /**
     * Loopback ports of the services; the run command and the tests use different ones so both can run at once.
     *
     * @param smpp the SMSC simulator's SMPP port; 0 for any free one
     * @param smscHttp the SMSC simulator's JSON API (demo phone page); 0 for any free one
     */
    public record Ports(int broker, int smtp, int imap, int smpp, int smscHttp) {
        public static final Ports RUN = new Ports(61616, 2525, 2143, 2775, 2776);

        /** With the SMSC simulator on any free ports (see {@link DevServices#smsc()} for which). */
        public Ports(int broker, int smtp, int imap) {
            this(broker, smtp, imap, 0, 0);
        }
    }
}
