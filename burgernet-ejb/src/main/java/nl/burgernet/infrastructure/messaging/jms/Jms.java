package nl.burgernet.infrastructure.messaging.jms;

/** Names of the JMS resources, as created on the server (see the README) and used in MDB activation configs. */
public final class Jms {

    /** The deployed resource adapter; MDBs name it in their {@code resourceAdapter} activation property. */
    public static final String RESOURCE_ADAPTER = "burgernet-artemis-rar";

    public static final String CONNECTION_FACTORY = "jms/burgernet/ConnectionFactory";

    private Jms() {}
}
