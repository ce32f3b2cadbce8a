package nl.burgernet.channel.email;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ssl.SSLSocketFactory;
import nl.burgernet.channel.email.smtp.NoDelaySocketFactory;
import nl.burgernet.channel.email.smtp.NoDelaySslSocketFactory;
import org.junit.jupiter.api.Test;

/** The sockets Jakarta Mail gets from us send small SMTP commands at once (TCP_NODELAY). */
class NoDelaySocketsTest {

    @Test
    void plainSocketsHaveNoDelay() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                Socket socket = new NoDelaySocketFactory().createSocket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()));

            assertTrue(socket.getTcpNoDelay());
        }
    }

    @Test
    void tlsLayeredOverAPlainSocketSetsNoDelayOnIt() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                Socket plain = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            NoDelaySslSocketFactory factory =
                    new NoDelaySslSocketFactory((SSLSocketFactory) SSLSocketFactory.getDefault());

            try (Socket tls = factory.createSocket(plain, "localhost", server.getLocalPort(), false)) {
                assertTrue(plain.getTcpNoDelay());
                assertTrue(tls.getTcpNoDelay());
            }
        }
    }
}
