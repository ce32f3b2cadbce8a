package nl.burgernet.channel.email.smtp;

import jakarta.mail.Session;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import nl.burgernet.channel.email.EmailSettings;

/**
 * The open SMTP connections of one municipality's settings. At most {@link EmailSettings#sessions()} are in use at
 * once, however many batches run in parallel: that number is what the admin agreed with the mail provider.
 */
public final class SmtpConnectionPool implements AutoCloseable {

    private final Session session;
    private final EmailSettings settings;
    private final Semaphore permits;
    private final Deque<SmtpConnection> idle = new ArrayDeque<>();
    private boolean closed;

    public SmtpConnectionPool(Session session, EmailSettings settings) {
        this.session = session;
        this.settings = settings;
        this.permits = new Semaphore(settings.sessions(), true);
    }

    public int size() {
        return settings.sessions();
    }

    /** A connection for this thread, or empty when none came free within the wait. */
    Optional<SmtpConnection> borrow(Duration wait) throws InterruptedException {
        if (!permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
            return Optional.empty();
        }
        synchronized (this) {
            SmtpConnection connection = idle.pollFirst();
            return Optional.of(connection != null ? connection : new SmtpConnection(session, settings));
        }
    }

    /** Returns a borrowed connection; it stays open for the next batch unless the pool was closed meanwhile. */
    void giveBack(SmtpConnection connection) {
        try {
            synchronized (this) {
                if (!closed && connection.isOpen()) {
                    idle.addFirst(connection);
                    return;
                }
            }
            connection.close();
        } finally {
            permits.release();
        }
    }

    /** Closes connections that have not been used for the given time. */
    public void closeIdle(Duration unusedFor) {
        long limit = unusedFor.toNanos();
        Deque<SmtpConnection> stale = new ArrayDeque<>();
        synchronized (this) {
            idle.removeIf(connection -> connection.idleNanos() > limit && stale.add(connection));
        }
        stale.forEach(SmtpConnection::close);
    }

    @Override
    public void close() {
        Deque<SmtpConnection> open;
        synchronized (this) {
            closed = true;
            open = new ArrayDeque<>(idle);
            idle.clear();
        }
        open.forEach(SmtpConnection::close);
    }
}
