package nl.burgernet.channel.email.smtp;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Optional;
import nl.burgernet.channel.api.Recipient;
import nl.burgernet.channel.email.EmailSettings;
import nl.burgernet.channel.email.dkim.MessageSigner;
import nl.burgernet.channel.email.mime.PreparedBatch;

/**
 * One SMTP connection, used by one thread at a time and kept open across messages and batches. It connects on
 * first use and, when the server dropped it meanwhile, reconnects once and sends again.
 */
final class SmtpConnection implements AutoCloseable {

    /** An idle connection older than this is checked with a NOOP before use; servers drop idle clients. */
    private static final long CHECK_AFTER_IDLE_NANOS = Duration.ofSeconds(20).toNanos();

    private final Session session;
    private final EmailSettings settings;
    private final Optional<MessageSigner> signer;
    private Transport transport;
    private long lastUsed = System.nanoTime();

    SmtpConnection(Session session, EmailSettings settings) {
        this.session = session;
        this.settings = settings;
        this.signer = MessageSigner.forSettings(settings);
    }

    /** Sends one recipient's message; the failure, if any, says whether the connection is still good. */
    void send(PreparedBatch batch, Recipient recipient, PreparedBatch.Addressing addressing) throws MessagingException {
        MimeMessage message = batch.messageFor(recipient, addressing, session);
        if (signer.isPresent()) {
            message = signer.get().sign(message, addressing.envelopeFrom());
        }
        Address[] to = {addressing.recipient()};
        boolean fresh = ensureConnected();
        try {
            transport.sendMessage(message, to);
        } catch (MessagingException | IllegalStateException failure) {
            if (fresh || !(failure instanceof IllegalStateException || isLost((MessagingException) failure))) {
                throw failure;
            }
            closeQuietly();
            ensureConnected();
            transport.sendMessage(message, to);
        }
        lastUsed = System.nanoTime();
    }

    private static boolean isLost(MessagingException failure) {
        return SmtpFailure.isLostConnection(failure);
    }

    /** Connects when needed; true when the connection was made just now (so a failure is not a stale socket). */
    private boolean ensureConnected() throws MessagingException {
        if (transport != null) {
            // Jakarta Mail's isConnected() costs a NOOP round trip: only ask after a pause. A connection dropped
            // while busy shows up as a failed send, which reconnects.
            if (!idleTooLong() || transport.isConnected()) {
                return false;
            }
        }
        closeQuietly();
        Transport fresh = session.getTransport("smtp");
        if (settings.authenticates()) {
            fresh.connect(settings.host(), settings.port(), settings.user(), settings.password());
        } else {
            fresh.connect();
        }
        transport = fresh;
        return true;
    }

    private boolean idleTooLong() {
        return System.nanoTime() - lastUsed > CHECK_AFTER_IDLE_NANOS;
    }

    boolean isOpen() {
        return transport != null;
    }

    long idleNanos() {
        return System.nanoTime() - lastUsed;
    }

    void closeQuietly() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // The connection is being dropped either way.
            }
            transport = null;
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }
}
