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
 * The steps of delivering one batch, run by its channel's lane: claim what is due (committed), hand it to the
 * channel plugin outside any transaction, and record one outcome per delivery (committed). A plugin's exception is
 * that batch's failure, recorded as a retry for each of its deliveries; it never reaches the lane, so one broken
 * channel never stops another. A batch the plugin did not finish in time is abandoned: its deliveries are retried
 * (and dead-lettered after the last attempt), and whatever the plugin says later is ignored, because only the holder
 * of a claim may record results.
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

    public Optional<BatchHead> head(long batchId) {
        return steps.head(batchId);
    }

    /** The municipality that sent the batch's alert: whose settings and limits apply. */
    public long owner(BatchHead head) {
        return steps.ownerOf(head.alertId());
    }

    /**
     * Claims what is due in the batch; empty when nothing is (all done, or claimed by a live attempt), in which
     * case the batch's message is completed if that was the last of it.
     *
     * @param inDoubt when an earlier claim belongs to an attempt that died: in doubt, claimed again
     */
    public Optional<BatchWork> claim(long batchId, InDoubt inDoubt) {
        Optional<BatchWork> claimed = steps.claim(batchId, inDoubt);
        if (claimed.isEmpty()) {
            steps.completeIfDoneForBatch(batchId);
        }
        return claimed;
    }

    /** Hands the batch to its channel; never throws: a plugin's failure becomes a retry of every recipient. */
    public List<DeliveryResult> deliver(BatchWork work) {
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

    /** Records the channel's results and completes the message when this was the last of it. */
    public void record(BatchWork work, List<DeliveryResult> results) {
        steps.record(work.token(), outcomes(work.claimed(), results, Instant.now()));
        steps.completeIfDone(work.head().messageId());
    }

    /**
     * Gives up on an attempt without the channel's results (it took too long, or the channel hangs): every delivery
     * still claimed by it is retried, or dead-lettered after its last attempt, with {@code reason}.
     */
    public void abandon(BatchWork work, String reason) {
        record(work, retryAll(work, reason));
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
