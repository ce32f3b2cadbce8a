package nl.burgernet.channel.sms;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.SSLSocketFactory;
import nl.burgernet.channel.api.AddressKind;
import nl.burgernet.channel.api.Capacity;
import nl.burgernet.channel.api.ChannelConfiguration;
import nl.burgernet.channel.api.ChannelDescriptor;
import nl.burgernet.channel.api.ChannelEvents;
import nl.burgernet.channel.api.ConfigProperty;
import nl.burgernet.channel.api.DeliveryBatch;
import nl.burgernet.channel.api.DeliveryChannel;
import nl.burgernet.channel.api.DeliveryResult;
import nl.burgernet.channel.api.Recipient;
import nl.burgernet.channel.sms.smpp.BatchDelivery;
import nl.burgernet.channel.sms.smpp.Connections;
import nl.burgernet.channel.sms.smpp.SmscLink;
import nl.burgernet.channel.sms.text.SmsParts;
import nl.burgernet.channel.sms.text.SmsRenderer;

/**
 * Alerts as text messages over SMPP 3.4 to the municipality's SMSC. Each municipality has one transceiver bind, kept
 * open from {@link #activate} on so that delivery receipts and residents' answers arrive at any time; each batch's
 * text is rendered once and submitted through the bind's window and rate limit.
 */
@ApplicationScoped
public class SmsChannel implements DeliveryChannel {

    public static final String ID = "sms";
    static final String VERSION = "1";

    private static final Logger LOG = Logger.getLogger(SmsChannel.class.getName());
    private static final Duration BATCH_TIME_LIMIT = Duration.ofMinutes(10);
    /** The batch gives up a little before the core's limit, so its results still count. */
    private static final Duration BATCH_MARGIN = Duration.ofSeconds(30);

    private final SSLSocketFactory tlsSockets;
    private final Map<String, SmscLink> links = new ConcurrentHashMap<>();
    private volatile ChannelEvents events;
    // Plain threads rather than the container's executor: workers only use sockets and touch no container service,
    // and a batch must not wait for a shared pool's threads.
    private final ExecutorService workers = Executors.newCachedThreadPool(new Threads("burgernet-sms-submit"));
    private final ScheduledExecutorService timers = Executors.newScheduledThreadPool(2, new Threads("burgernet-sms"));

    public SmsChannel() {
        this((SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    /** With the TLS sockets to use: tests pass a factory that trusts their SMSC's certificate. */
    SmsChannel(SSLSocketFactory tlsSockets) {
        this.tlsSockets = tlsSockets;
    }

    @Override
    public ChannelDescriptor descriptor() {
        return ChannelDescriptor.builder(ID)
                .name(Texts.of(SmsSettingsSchema.BUNDLE, Locale.ENGLISH).get("channel.name"))
                .version(VERSION)
                .acceptsReplies(true)
                .maxLength(0)
                .richContent(false)
                .addressKind(AddressKind.MOBILE_NUMBER)
                .label("en", "Text message (SMS)")
                .label("nl", "SMS")
                .hint("en", "Alerts as a text message on your mobile phone; answer by replying to it.")
                .hint("nl", "Berichten als sms op uw mobiele telefoon; u antwoordt door de sms te beantwoorden.")
                .onByDefault(false)
                // Four batches at once share a bind's window: while one waits for the database (claim, record), the
                // others keep the window full (measured: 2 → 4 doubled an alert's rate). No rate here: each
                // municipality's bind is paced at its own SMSC contract's rate (smsc.messagesPerSecond) by the
                // channel itself; a rate in the capacity would be one pace for every municipality together.
                .capacity(new Capacity(4, 0, BATCH_TIME_LIMIT))
                .build();
    }

    @Override
    public List<ConfigProperty> configurationSchema(Locale locale) {
        return SmsSettingsSchema.properties(locale);
    }

    @Override
    public List<String> validate(ChannelConfiguration configuration, Locale locale) {
        return SmsSettingsSchema.read(configuration, locale).problems();
    }

    @Override
    public void activate(List<ChannelConfiguration> configurations, ChannelEvents events) {
        this.events = events;
        Set<String> active = new HashSet<>();
        for (ChannelConfiguration configuration : configurations) {
            SmsSettingsSchema.Reading reading = SmsSettingsSchema.read(configuration, Locale.ENGLISH);
            if (reading.settings().isEmpty()) {
                LOG.log(Level.WARNING, "SMS for {0} stays off: {1}", new Object[] {
                    configuration.municipalityCode(), String.join(" ", reading.problems())
                });
                continue;
            }
            active.add(configuration.municipalityCode());
            linkFor(configuration.municipalityCode(), reading.settings().get()).listen();
        }
        links.entrySet().removeIf(entry -> {
            boolean gone = !active.contains(entry.getKey());
            if (gone) {
                entry.getValue().close();
            }
            return gone;
        });
    }

    @Override
    public List<DeliveryResult> deliver(DeliveryBatch batch, ChannelConfiguration configuration) {
        if (batch.recipients().isEmpty()) {
            return List.of();
        }
        long started = System.nanoTime();
        SmsSettingsSchema.Reading reading = SmsSettingsSchema.read(configuration, Locale.ENGLISH);
        if (reading.settings().isEmpty()) {
            return retryAll(
                    batch,
                    "the SMS settings of " + configuration.municipalityCode() + " are not usable: "
                            + String.join(" ", reading.problems()));
        }
        SmsSettings settings = reading.settings().get();
        String text = SmsRenderer.render(batch.message(), batch.municipality(), settings.maxParts());
        SmscLink link = linkFor(configuration.municipalityCode(), settings);
        List<DeliveryResult> results = new BatchDelivery(
                        link, workers, SmsParts.of(text, 0), BATCH_TIME_LIMIT.minus(BATCH_MARGIN))
                .deliver(batch.recipients());
        logSummary(batch, results, SmsParts.count(text), started);
        return results;
    }

    /** Closes every bind and the channel's threads. */
    @PreDestroy
    public void close() {
        links.values().forEach(SmscLink::close);
        links.clear();
        workers.shutdown();
        timers.shutdown();
    }

    /** The municipality's bind for these settings; a bind for its earlier settings is closed. */
    private SmscLink linkFor(String municipalityCode, SmsSettings settings) {
        SmscLink link = links.get(municipalityCode);
        if (link != null && link.settings().equals(settings)) {
            return link;
        }
        synchronized (links) {
            link = links.get(municipalityCode);
            if (link == null || !link.settings().equals(settings)) {
                if (link != null) {
                    link.close();
                }
                link = new SmscLink(
                        ID,
                        municipalityCode,
                        settings,
                        settings.tls() ? Connections.tls(tlsSockets) : Connections.plain(),
                        () -> events,
                        timers);
                links.put(municipalityCode, link);
            }
            return link;
        }
    }

    private static List<DeliveryResult> retryAll(DeliveryBatch batch, String reason) {
        LOG.log(Level.WARNING, "Batch {0} not sent: {1}", new Object[] {batch.batchId(), reason});
        return batch.recipients().stream()
                .map(Recipient::deliveryId)
                .<DeliveryResult>map(id -> new DeliveryResult.Retry(id, reason, Duration.ofMinutes(15)))
                .toList();
    }

    private static void logSummary(DeliveryBatch batch, List<DeliveryResult> results, int parts, long startedNanos) {
        long sent =
                results.stream().filter(DeliveryResult.Sent.class::isInstance).count();
        long failed =
                results.stream().filter(DeliveryResult.Failed.class::isInstance).count();
        LOG.log(
                Level.INFO,
                "Batch {0} of {1}: {2} SMS ({3} part(s) each) sent, {4} to retry, {5} failed in {6} ms",
                new Object[] {
                    batch.batchId(),
                    batch.message().alertReference(),
                    sent,
                    parts,
                    results.size() - sent - failed,
                    failed,
                    Duration.ofNanos(System.nanoTime() - startedNanos).toMillis()
                });
    }

    /** Daemon threads with a recognisable name, so a thread dump shows whose they are. */
    private static final class Threads implements ThreadFactory {
        private final String name;
        private final AtomicInteger count = new AtomicInteger();

        Threads(String name) {
            this.name = name;
        }

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
