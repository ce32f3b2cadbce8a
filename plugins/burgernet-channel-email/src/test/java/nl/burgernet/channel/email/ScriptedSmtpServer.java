package nl.burgernet.channel.email;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A small SMTP server on a random loopback port whose answers a test scripts: a reply per recipient address, a
 * connection dropped after some messages, STARTTLS or implicit TLS, AUTH PLAIN. It records what it received,
 * envelope included, which GreenMail does not show.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    /** One message as received: envelope and raw content. */
    record Received(String mailFrom, List<String> rcptTo, String content) {}

    enum Tls {
        NONE,
        STARTTLS,
        IMPLICIT
    }

    private final ServerSocket server;
    private final Tls tls;
    private final SSLContext tlsContext;
    private final Map<String, String> rcptReplies = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile int dropAfterMessages = Integer.MAX_VALUE;
    private volatile String mailFromReply = "250 OK";
    private volatile String credentials;

    private ScriptedSmtpServer(Tls tls, SSLContext tlsContext) throws IOException {
        this.tls = tls;
        this.tlsContext = tlsContext;
        this.server = tls == Tls.IMPLICIT
                ? tlsContext.getServerSocketFactory().createServerSocket(0, 50, InetAddress.getLoopbackAddress())
                : new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::acceptLoop);
    }

    static ScriptedSmtpServer plain() throws IOException {
        return new ScriptedSmtpServer(Tls.NONE, null);
    }

    static ScriptedSmtpServer withTls(Tls tls, SSLContext context) throws IOException {
        return new ScriptedSmtpServer(tls, context);
    }

    int port() {
        return server.getLocalPort();
    }

    /** The reply to {@code RCPT TO} for this address, e.g. {@code 550 5.1.1 No such user}. */
    ScriptedSmtpServer replyToRecipient(String address, String reply) {
        rcptReplies.put(address.toLowerCase(), reply);
        return this;
    }

    ScriptedSmtpServer replyToMailFrom(String reply) {
        mailFromReply = reply;
        return this;
    }

    /** Closes each connection without a word after it accepted this many messages, as an idle timeout would. */
    ScriptedSmtpServer dropConnectionAfter(int messages) {
        dropAfterMessages = messages;
        return this;
    }

    /** Asks for AUTH and accepts only this user and password. */
    ScriptedSmtpServer requireLogin(String user, String password) {
        credentials = user + "\0" + password;
        return this;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    int connections() {
        return connections.get();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.incrementAndGet();
                Thread.ofVirtual().start(() -> converse(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void converse(Socket socket) {
        try (Socket s = socket) {
            Conversation conversation = new Conversation(s);
            conversation.run();
        } catch (IOException e) {
            // the client went away
        }
    }

    /** The state of one SMTP connection. */
    private final class Conversation {
        private Socket socket;
        private BufferedReader in;
        private OutputStream out;
        private boolean secure;
        private boolean authenticated;
        private String mailFrom;
        private final List<String> rcptTo = new CopyOnWriteArrayList<>();
        private int accepted;

        Conversation(Socket socket) throws IOException {
            this.secure = tls == Tls.IMPLICIT;
            bind(socket);
        }

        private void bind(Socket s) throws IOException {
            socket = s;
            in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
            out = s.getOutputStream();
        }

        void run() throws IOException {
            reply("220 scripted.test ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase();
                if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                    ehlo();
                } else if (command.equals("STARTTLS") && tls == Tls.STARTTLS && !secure) {
                    reply("220 Ready to start TLS");
                    startTls();
                } else if (command.startsWith("AUTH PLAIN")) {
                    authenticated =
                            acceptsLogin(line.substring("AUTH PLAIN".length()).strip());
                    reply(authenticated ? "235 Authenticated" : "535 5.7.8 Authentication failed");
                } else if (credentials != null && !authenticated && command.startsWith("MAIL")) {
                    reply("530 5.7.0 Authentication required");
                } else if (command.startsWith("MAIL FROM:")) {
                    mailFrom = between(line, '<', '>');
                    rcptTo.clear();
                    reply(mailFromReply);
                } else if (command.startsWith("RCPT TO:")) {
                    String address = between(line, '<', '>');
                    String answer = rcptReplies.getOrDefault(address.toLowerCase(), "250 OK");
                    if (answer.startsWith("2")) {
                        rcptTo.add(address);
                    }
                    reply(answer);
                } else if (command.equals("DATA")) {
                    reply("354 End data with <CR><LF>.<CR><LF>");
                    String content = readData();
                    received.add(new Received(mailFrom, List.copyOf(rcptTo), content));
                    reply("250 OK queued");
                    if (++accepted >= dropAfterMessages) {
                        return;
                    }
                } else if (command.equals("RSET") || command.equals("NOOP")) {
                    reply("250 OK");
                } else if (command.equals("QUIT")) {
                    reply("221 Bye");
                    return;
                } else {
                    reply("502 Command not implemented");
                }
            }
        }

        private void ehlo() throws IOException {
            StringBuilder capabilities = new StringBuilder("250-scripted.test\r\n");
            if (tls == Tls.STARTTLS && !secure) {
                capabilities.append("250-STARTTLS\r\n");
            }
            if (credentials != null) {
                capabilities.append("250-AUTH PLAIN\r\n");
            }
            capabilities.append("250 SIZE 10485760");
            reply(capabilities.toString());
        }

        private void startTls() throws IOException {
            SSLSocket upgraded = (SSLSocket) tlsContext
                    .getSocketFactory()
                    .createSocket(socket, socket.getInetAddress().getHostAddress(), socket.getPort(), true);
            upgraded.setUseClientMode(false);
            upgraded.startHandshake();
            secure = true;
            bind(upgraded);
        }

        private String readData() throws IOException {
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            String line;
            while ((line = in.readLine()) != null && !line.equals(".")) {
                String unstuffed = line.startsWith("..") ? line.substring(1) : line;
                content.writeBytes((unstuffed + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            return content.toString(StandardCharsets.ISO_8859_1);
        }

        private void reply(String text) throws IOException {
            out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
    }

    /** RFC 4616: authorisation id (empty or the user), user and password, NUL-separated, in Base64. */
    private boolean acceptsLogin(String initialResponse) {
        try {
            String decoded = new String(Base64.getDecoder().decode(initialResponse), StandardCharsets.UTF_8);
            return decoded.substring(decoded.indexOf('\0') + 1).equals(credentials);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String between(String line, char open, char close) {
        int start = line.indexOf(open);
        int end = line.lastIndexOf(close);
        return start >= 0 && end > start ? line.substring(start + 1, end) : "";
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
