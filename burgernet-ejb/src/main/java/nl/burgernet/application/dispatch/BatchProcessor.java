package nl.burgernet.application.dispatch;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.burgernet.channel.api.DeliveryChannel;
import nl.burgernet.channel.api.DeliveryResult;
import nl.burgernet.infrastructure.channels.ChannelRegistry;
import nl.burgernet.infrastructure.dispatch.DeliveryStore.Outcome;

/**
 * Delivers one batch: claims what is due (committed), hands it to the channel plugin outside any transaction, and
 * records one outcome per delivery (committed). A plugin's exception is that batch's failure, recorded as a retry
 * for each of its deliveries; it never reaches the JMS consumer, so one broken channel never stops another.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchProcessor {

    private static final Logger LOG = Logger.getLogger(BatchProcessor.class.getName());

    @Inject
    DispatchSteps steps;

    @Inject
    ChannelRegistry registry;

    @Inject
    DispatchSettings settings;

    public void process(long batchId) {
        Optional<BatchWork> claimed = steps.claim(batchId, Instant.now().minus(settings.claimTimeout()));
        if (claimed.isEmpty()) {
            steps.completeIfDoneForBatch(batchId);
            return;
        }
        BatchWork work = claimed.get();
        List<DeliveryResult> results = deliver(work);
        steps.record(work.token(), outcomes(work.claimed(), results, Instant.now()));
        steps.completeIfDone(work.head().messageId());
    }

    private List<DeliveryResult> deliver(BatchWork work) {
        String channelId = work.head().channel();
        Optional<DeliveryChannel> channel = registry.find(channelId);
        if (channel.isEmpty()) {
            return retryAll(work, "The channel '" + channelId + "' is not installed");
        }
        try {
            return channel.get().deliver(work.batch(), work.configuration());
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    e,
                    () -> "Channel '" + channelId + "' failed on batch "
                            + work.head().batchId());
            return retryAll(work, "The channel failed: " + e);
        }
    }

    private static List<DeliveryResult> retryAll(BatchWork work, String reason) {
        return work.claimed().stream()
                .map(d -> (DeliveryResult) new DeliveryResult.Retry(d.deliveryId(), reason, Duration.ZERO))
                .toList();
    }

    /** One outcome per claimed delivery; a delivery the channel gave no result for is retried. */
    List<Outcome> outcomes(List<ClaimedDelivery> claimed, List<DeliveryResult> results, Instant now) {
        Map<Long, DeliveryResult> byId = new HashMap<>();
        for (DeliveryResult r : results) {
            byId.put(r.deliveryId(), r);
        }
        List<Outcome> outcomes = new ArrayList<>(claimed.size());
        for (ClaimedDelivery d : claimed) {
            DeliveryResult r = byId.getOrDefault(
                    d.deliveryId(),
                    new DeliveryResult.Retry(d.deliveryId(), "The channel gave no result", Duration.ZERO));
            outcomes.add(
                    switch (r) {
                        case DeliveryResult.Sent s -> new Outcome(d.deliveryId(), "SENT", s.providerId(), null, null);
                        case DeliveryResult.Failed f -> new Outcome(d.deliveryId(), "FAILED", null, f.reason(), null);
                        case DeliveryResult.Retry retry -> retryOrDead(d, retry, now);
                    });
        }
        return outcomes;
    }

    private Outcome retryOrDead(ClaimedDelivery d, DeliveryResult.Retry retry, Instant now) {
        if (d.attempts() >= settings.maxAttempts()) {
            return new Outcome(
                    d.deliveryId(),
                    "DEAD",
                    null,
                    "Gave up after " + d.attempts() + " attempts: " + retry.reason(),
                    null);
        }
        return new Outcome(
                d.deliveryId(), "RETRY", null, retry.reason(), now.plus(settings.backoff(d.attempts(), retry.after())));
    }
}
