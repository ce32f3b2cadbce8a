package nl.burgernet.channel.email;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.SSLSocketFactory;
import nl.burgernet.channel.api.AddressKind;
import nl.burgernet.channel.api.Capacity;
import nl.burgernet.channel.api.ChannelConfiguration;
import nl.burgernet.channel.api.ChannelDescriptor;
import nl.burgernet.channel.api.ConfigProperty;
import nl.burgernet.channel.api.DeliveryBatch;
import nl.burgernet.channel.api.DeliveryChannel;
import nl.burgernet.channel.api.DeliveryResult;
import nl.burgernet.channel.api.Recipient;
import nl.burgernet.channel.email.mime.PreparedBatch;
import nl.burgernet.channel.email.render.MailTemplates;
import nl.burgernet.channel.email.smtp.ParallelSender;
import nl.burgernet.channel.email.smtp.SmtpConnectionPool;
import nl.burgernet.channel.email.smtp.SmtpSessions;

/**
 * Burgernetmail: alerts as e-mail over the municipality's SMTP server. Each batch is rendered once and sent over
 * several reused connections; residents answer by replying, bounces come back to a VERP address, and every mail
 * carries a one-click unsubscribe.
 */
@ApplicationScoped
public class EmailChannel implements DeliveryChannel {

    public static final String ID = "email";
    static final String VERSION = "1";

    private static final Logger LOG = Logger.getLogger(EmailChannel.class.getName());
    private static final Duration BATCH_TIME_LIMIT = Duration.ofMinutes(5);
    private static final Duration CLOSE_CONNECTIONS_UNUSED_FOR = Duration.ofMinutes(2);

    /** Connections per municipality, kept across batches; a change of settings gets a new pool. */
    private record PoolKey(String municipalityCode, EmailSettings settings, String heloName) {}

    private final SSLSocketFactory tlsSockets;
    private final MailTemplates templates = new MailTemplates();
    private final Map<PoolKey, SmtpConnectionPool> pools = new ConcurrentHashMap<>();
    // Plain threads rather than the container's executor: workers only write to sockets and touch no container
    // service (no transaction, JNDI or security context), and a batch must not wait for a shared pool's threads.
    private final ExecutorService workers = Executors.newCachedThreadPool(new WorkerThreads());

    public EmailChannel() {
        this((SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    /** With the TLS sockets to use: tests pass a factory that trusts their server's certificate. */
    EmailChannel(SSLSocketFactory tlsSockets) {
        this.tlsSockets = tlsSockets;
    }

    @Override
    public ChannelDescriptor descriptor() {
        return ChannelDescriptor.builder(ID)
                .name(Texts.of(EmailSettingsSchema.BUNDLE, Locale.ENGLISH).get("channel.name"))
                .version(VERSION)
                .acceptsReplies(true)
                .richContent(true)
                .addressKind(AddressKind.EMAIL)
                .label("en", "E-mail (Burgernetmail)")
                .label("nl", "E-mail (Burgernetmail)")
                .hint("en", "Alerts by e-mail; answer by simply replying.")
                .hint("nl", "Berichten per e-mail; u antwoordt door te beantwoorden.")
                // Burgernetmail: participants receive it unless they opted out.
                .onByDefault(true)
                // Each batch already spreads over several SMTP connections; four batches at once fill both cores.
                .capacity(new Capacity(4, 0, BATCH_TIME_LIMIT))
                .build();
    }

    @Override
    public List<ConfigProperty> configurationSchema(Locale locale) {
        return EmailSettingsSchema.properties(locale);
    }

    @Override
    public List<String> validate(ChannelConfiguration configuration, Locale locale) {
        return EmailSettingsSchema.read(configuration, locale).problems();
    }

    @Override
    public List<DeliveryResult> deliver(DeliveryBatch batch, ChannelConfiguration configuration) {
        if (batch.recipients().isEmpty()) {
            return List.of();
        }
        long started = System.nanoTime();
        EmailSettingsSchema.Reading reading = EmailSettingsSchema.read(configuration, Locale.ENGLISH);
        if (reading.settings().isEmpty()) {
            return retryAll(
                    batch,
                    "the e-mail settings of " + configuration.municipalityCode() + " are not usable: "
                            + String.join(" ", reading.problems()));
        }
        EmailSettings settings = reading.settings().get();
        PreparedBatch prepared;
        try {
            prepared = PreparedBatch.prepare(batch, settings, templates);
        } catch (IllegalArgumentException e) {
            return retryAll(batch, e.getMessage());
        }
        closeUnusedConnections();
        SmtpConnectionPool pool =
                poolFor(new PoolKey(configuration.municipalityCode(), settings, prepared.mailDomain()));
        List<DeliveryResult> results = new ParallelSender(pool, workers).send(prepared, batch.recipients());
        logSummary(batch, results, started);
        return results;
    }

    /** Closes what the channel holds open: idle SMTP connections and worker threads. */
    @PreDestroy
    public void close() {
        pools.values().forEach(SmtpConnectionPool::close);
        pools.clear();
        workers.shutdown();
    }

    private void closeUnusedConnections() {
        pools.values().forEach(pool -> pool.closeIdle(CLOSE_CONNECTIONS_UNUSED_FOR));
    }

    /** The municipality's pool for these settings; a pool for its earlier settings is closed. */
    private SmtpConnectionPool poolFor(PoolKey key) {
        SmtpConnectionPool pool = pools.get(key);
        if (pool != null) {
            return pool;
        }
        synchronized (pools) {
            pool = pools.get(key);
            if (pool == null) {
                pools.entrySet().removeIf(entry -> {
                    boolean outdated = entry.getKey().municipalityCode().equals(key.municipalityCode());
                    if (outdated) {
                        entry.getValue().close();
                    }
                    return outdated;
                });
                pool = new SmtpConnectionPool(
                        SmtpSessions.create(key.settings(), key.heloName(), tlsSockets), key.settings());
                pools.put(key, pool);
            }
            return pool;
        }
    }

    private static List<DeliveryResult> retryAll(DeliveryBatch batch, String reason) {
        LOG.log(Level.WARNING, "Batch {0} not sent: {1}", new Object[] {batch.batchId(), reason});
        return batch.recipients().stream()
                .map(Recipient::deliveryId)
                .<DeliveryResult>map(id -> new DeliveryResult.Retry(id, reason, Duration.ofMinutes(15)))
                .toList();
    }

    private static void logSummary(DeliveryBatch batch, List<DeliveryResult> results, long startedNanos) {
        long sent =
                results.stream().filter(DeliveryResult.Sent.class::isInstance).count();
        long failed =
                results.stream().filter(DeliveryResult.Failed.class::isInstance).count();
        LOG.log(Level.INFO, "Batch {0} of {1}: {2} sent, {3} to retry, {4} failed in {5} ms", new Object[] {
            batch.batchId(),
            batch.message().alertReference(),
            sent,
            results.size() - sent - failed,
            failed,
            Duration.ofNanos(System.nanoTime() - startedNanos).toMillis()
        });
    }

    /** Daemon threads with a recognisable name, so a thread dump shows whose they are. */
    private static final class WorkerThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "burgernetmail-smtp-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
