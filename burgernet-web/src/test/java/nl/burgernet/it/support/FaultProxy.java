package nl.burgernet.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy on loopback in front of a server (mail, database), that a fault test can pull the plug on: {@link #cut()}
 * closes every open connection and stops listening, so the portal sees what it sees when that server goes down —
 * connections reset, new ones refused — while the server itself, shared with nothing else, keeps its state;
 * {@link #restore()} listens again on the same port.
 *
 * <p>Hand-written because no maintained Java library does this without a server of its own (Toxiproxy is a Go
 * binary that cannot be fetched here, netcrusher has had no release for years); blocking sockets and a virtual
 * thread per direction are all it takes.
 */
public final class FaultProxy implements AutoCloseable {

    private final String name;
    private final int port;
    private final InetSocketAddress target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicLong accepted = new AtomicLong();
    private volatile ServerSocket listener;

    private FaultProxy(String name, int port, InetSocketAddress target) {
        this.name = name;
        this.port = port;
        this.target = target;
    }

    /** Starts listening at once on 127.0.0.1 on a free port, forwarding to {@code targetPort} on 127.0.0.1. */
    public static FaultProxy to(String name, int targetPort) {
        return to(name, "127.0.0.1", targetPort);
    }

    public static FaultProxy to(String name, String targetHost, int targetPort) {
        FaultProxy proxy =
                new FaultProxy(name, PortalProcess.freePort(), new InetSocketAddress(targetHost, targetPort));
        proxy.restore();
        return proxy;
    }

    /** The port the portal is told the server listens on. */
    public int port() {
        return port;
    }

    /** Connections accepted since the start; a test reads from it that the portal came back. */
    public long accepted() {
        return accepted.get();
    }

    public boolean isCut() {
        return listener == null;
    }

    /** The server "goes down": every open connection is closed, and new ones are refused until {@link #restore()}. */
    public synchronized void cut() {
        ServerSocket s = listener;
        listener = null;
        closeQuietly(s);
        for (Socket socket : open) {
            closeQuietly(socket);
        }
        open.clear();
    }

    /** The server "comes back" on the same port. */
    public synchronized void restore() {
        if (listener != null) {
            return;
        }
        try {
            ServerSocket s = new ServerSocket();
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            listener = s;
            Thread.ofVirtual().name("fault-proxy-" + name + "-accept").start(() -> accept(s));
        } catch (IOException e) {
            throw new UncheckedIOException("The " + name + " proxy cannot listen on port " + port, e);
        }
    }

    private void accept(ServerSocket s) {
        while (!s.isClosed()) {
            Socket client;
            try {
                client = s.accept();
            } catch (IOException closed) {
                return;
            }
            accepted.incrementAndGet();
            Socket server = new Socket();
            try {
                server.connect(target, 5_000);
            } catch (IOException e) {
                closeQuietly(client);
                closeQuietly(server);
                continue;
            }
            open.add(client);
            open.add(server);
            if (listener != s) {
                // Cut while this one was being connected.
                closeQuietly(client);
                closeQuietly(server);
                continue;
            }
            pump(client, server, "up");
            pump(server, client, "down");
        }
    }

    private void pump(Socket from, Socket to, String direction) {
        Thread.ofVirtual().name("fault-proxy-" + name + "-" + direction).start(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream();
                    OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (SocketException closed) {
                // cut(), or the other side went away
            } catch (IOException e) {
                // as above: the connection is over either way
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        });
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception ignored) {
            // closing is all that matters
        }
    }

    @Override
    public void close() {
        cut();
    }
}
