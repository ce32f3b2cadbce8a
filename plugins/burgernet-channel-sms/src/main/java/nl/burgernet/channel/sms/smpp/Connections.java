package nl.burgernet.channel.sms.smpp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.jsmpp.session.connection.Connection;
import org.jsmpp.session.connection.ConnectionFactory;
import org.jsmpp.session.connection.socket.SocketConnection;

/**
 * TCP connections to the SMSC, plain or TLS, with Nagle off: PDUs are small and a window of them must not wait for
 * each other's acknowledgements. TLS checks the certificate and the host name (jSMPP's own TLS factory does not
 * check the name).
 */
public final class Connections implements ConnectionFactory {

    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;

    private final SSLSocketFactory tls;

    private Connections(SSLSocketFactory tls) {
        this.tls = tls;
    }

    public static Connections plain() {
        return new Connections(null);
    }

    public static Connections tls(SSLSocketFactory factory) {
        return new Connections(factory);
    }

    @Override
    public Connection createConnection(String host, int port) throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.setKeepAlive(true);
            socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
            if (tls != null) {
                SSLSocket secure = (SSLSocket) tls.createSocket(socket, host, port, true);
                SSLParameters parameters = secure.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                secure.setSSLParameters(parameters);
                secure.startHandshake();
                socket = secure;
            }
            return new SocketConnection(socket);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }
}
