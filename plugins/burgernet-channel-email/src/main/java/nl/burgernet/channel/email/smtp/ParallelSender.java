package nl.burgernet.channel.email.smtp;

import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.burgernet.channel.api.DeliveryResult;
import nl.burgernet.channel.api.Recipient;
import nl.burgernet.channel.email.mime.PreparedBatch;

/**
 * Sends one batch over up to {@link SmtpConnectionPool#size()} connections at once. The workers take recipients
 * from one shared counter, so a slow connection simply sends fewer. Every recipient ends with exactly one result:
 * one whose turn never came (every connection broke) gets a retry with the last connection failure as reason.
 */
public final class ParallelSender {

    private static final Logger LOG = Logger.getLogger(ParallelSender.class.getName());

    /** How long a worker waits for a connection that other batches of the same municipality are using. */
    static final Duration CONNECTION_WAIT = Duration.ofSeconds(30);

    private final SmtpConnectionPool pool;
    private final Executor executor;

    public ParallelSender(SmtpConnectionPool pool, Executor executor) {
        this.pool = pool;
        this.executor = executor;
    }

    public List<DeliveryResult> send(PreparedBatch batch, List<Recipient> recipients) {
        Run run = new Run(batch, recipients);
        int workers = Math.min(pool.size(), recipients.size());
        List<CompletableFuture<Void>> others = new ArrayList<>();
        for (int i = 1; i < workers; i++) {
            others.add(CompletableFuture.runAsync(run::work, executor));
        }
        run.work(); // the calling thread is a worker too
        others.forEach(CompletableFuture::join);
        return run.results();
    }

    /** The state of one batch shared by its workers. */
    private final class Run {

        private final PreparedBatch batch;
        private final List<Recipient> recipients;
        private final DeliveryResult[] results;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicReference<SmtpFailure> lastConnectionFailure = new AtomicReference<>();

        Run(PreparedBatch batch, List<Recipient> recipients) {
            this.batch = batch;
            this.recipients = recipients;
            this.results = new DeliveryResult[recipients.size()];
        }

        void work() {
            Optional<SmtpConnection> borrowed;
            try {
                borrowed = pool.borrow(CONNECTION_WAIT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (borrowed.isEmpty()) {
                lastConnectionFailure.compareAndSet(
                        null,
                        new SmtpFailure(
                                false,
                                true,
                                "every connection to the mail server was busy",
                                SmtpFailure.CONNECTION_BACKOFF));
                return;
            }
            SmtpConnection connection = borrowed.get();
            try {
                int i;
                while ((i = next.getAndIncrement()) < recipients.size()) {
                    if (!sendTo(i, connection)) {
                        connection.closeQuietly();
                        return;
                    }
                }
            } finally {
                pool.giveBack(connection);
            }
        }

        /** Sends to recipient {@code i}; false when the connection is broken and this worker should stop. */
        private boolean sendTo(int i, SmtpConnection connection) {
            Recipient recipient = recipients.get(i);
            PreparedBatch.Addressing addressing;
            try {
                addressing = batch.addressing(recipient);
            } catch (PreparedBatch.UnusableRecipientException e) {
                results[i] = new DeliveryResult.Failed(recipient.deliveryId(), e.getMessage());
                return true;
            }
            try {
                connection.send(batch, recipient, addressing);
                results[i] = new DeliveryResult.Sent(recipient.deliveryId(), addressing.messageId());
                return true;
            } catch (MessagingException e) {
                SmtpFailure failure = SmtpFailure.of(e);
                results[i] = failure.resultFor(recipient.deliveryId());
                if (failure.connectionBroken()) {
                    lastConnectionFailure.set(failure);
                    LOG.log(Level.WARNING, "SMTP connection stopped at delivery {0}: {1}", new Object[] {
                        recipient.deliveryId(), failure.reason()
                    });
                }
                return !failure.connectionBroken();
            } catch (RuntimeException e) {
                // A bug or a library surprise: this recipient is retried, the others go on over other connections.
                LOG.log(Level.SEVERE, "Unexpected failure sending delivery " + recipient.deliveryId(), e);
                SmtpFailure failure =
                        new SmtpFailure(false, true, "unexpected failure: " + e, SmtpFailure.CONNECTION_BACKOFF);
                results[i] = failure.resultFor(recipient.deliveryId());
                lastConnectionFailure.set(failure);
                return false;
            }
        }

        List<DeliveryResult> results() {
            SmtpFailure reason = lastConnectionFailure.get();
            for (int i = 0; i < results.length; i++) {
                if (results[i] == null) {
                    long deliveryId = recipients.get(i).deliveryId();
                    results[i] = reason != null
                            ? new DeliveryResult.Retry(deliveryId, "not sent: " + reason.reason(), reason.retryAfter())
                            : new DeliveryResult.Retry(deliveryId, "not sent", SmtpFailure.CONNECTION_BACKOFF);
                }
            }
            return Arrays.asList(results);
        }
    }
}
