package nl.burgernet.application.dispatch;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import nl.burgernet.application.audit.AuditLog;
import nl.burgernet.application.channel.ChannelSettingsReader;
import nl.burgernet.channel.api.ChannelConfiguration;
import nl.burgernet.domain.model.alert.Alert;
import nl.burgernet.domain.model.alert.AlertMessage;
import nl.burgernet.domain.model.alert.AlertStatus;
import nl.burgernet.domain.model.alert.MessageKind;
import nl.burgernet.domain.model.municipality.Municipality;
import nl.burgernet.infrastructure.dispatch.CandidateReader;
import nl.burgernet.infrastructure.dispatch.DeliveryStore;
import nl.burgernet.infrastructure.dispatch.DispatchQueues;
import nl.burgernet.infrastructure.tenancy.TenantContext;

/**
 * The transactions of dispatch, each one short and committed on its own, so that a crash between two of them
 * leaves records another attempt can pick up. Runs without a logged-in user: every step reads the alert's owner
 * first and applies that municipality as the tenant itself.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DispatchSteps {

    private static final Logger LOG = Logger.getLogger(DispatchSteps.class.getName());

    @PersistenceContext(unitName = "burgernet")
    EntityManager em;

    @Inject
    DeliveryStore store;

    @Inject
    DispatchQueues queues;

    @Inject
    CandidateReader candidates;

    @Inject
    BatchComposer composer;

    @Inject
    AuditLog audit;

    @Inject
    ChannelDefaults channelDefaults;

    @Inject
    ChannelSettingsReader settingsReader;

    /** What the snapshot of a message must write; empty when it was written already or the alert was stopped. */
    public Optional<SnapshotPlan> plan(long messageId) {
        AlertMessage message = em.find(AlertMessage.class, messageId);
        if (message == null || message.snapshotDone()) {
            return Optional.empty();
        }
        Alert alert = alert(message.alertId());
        if (alert.status() == AlertStatus.CANCELLED) {
            return Optional.empty();
        }
        if (message.kind() != MessageKind.ALERT) {
            long first = firstMessage(alert.id());
            if (!store.isCompleted(first)) {
                // Updates and the outcome go to everyone the first message reached: wait until it has.
                store.deferSnapshot(messageId);
                return Optional.empty();
            }
            return Optional.of(new SnapshotPlan(alert.id(), messageId, Optional.empty(), firstMessage(alert.id())));
        }
        Set<Long> municipalities =
                switch (alert.type().reach()) {
                    case NATIONAL -> Set.of();
                    case REGION -> regionOf(owner(alert.id()));
                    case MUNICIPALITY -> Set.of(owner(alert.id()));
                };
        TargetQuery query = new TargetQuery(
                municipalities, alert.area(), alert.channels(), alert.urgent(), alert.id(), Instant.now());
        return Optional.of(new SnapshotPlan(alert.id(), messageId, Optional.of(query), messageId));
    }

    /** Writes batches and queues them, in one transaction: a batch's JMS message exists if its records do. */
    public void writeBatches(long alertId, long messageId, List<PlannedBatch> batches) {
        for (PlannedBatch b : batches) {
            long batchId = store.insertBatch(alertId, messageId, b.channel(), b.language(), b.targets());
            queues.deliver(b.channel(), List.of(batchId));
        }
    }

    public void snapshotDone(long messageId) {
        store.markSnapshotDone(messageId);
    }

    /**
     * Claims what is due in a batch and prepares it for its channel; empty when nothing is due (all sent, or
     * claimed by a live attempt). Participants who switched the channel off meanwhile are skipped here.
     */
    public Optional<BatchWork> claim(long batchId, InDoubt inDoubt) {
        Optional<BatchHead> head = store.batch(batchId);
        if (head.isEmpty()) {
            LOG.warning(() -> "A JMS message names batch " + batchId + ", which does not exist; ignored");
            return Optional.empty();
        }
        String token = ServerRun.newClaimToken();
        if (store.claim(batchId, token, Instant.now(), inDoubt, ServerRun.ownTokens()) == 0) {
            return Optional.empty();
        }
        List<ClaimedDelivery> reachable = new ArrayList<>();
        List<Long> unreachable = new ArrayList<>();
        for (DeliveryStore.Claimed c : store.claimed(batchId, token, head.get().channel())) {
            if (c.reachable()) {
                reachable.add(c.delivery());
            } else {
                unreachable.add(c.delivery().deliveryId());
            }
        }
        if (!unreachable.isEmpty()) {
            store.skip(token, unreachable);
        }
        if (reachable.isEmpty()) {
            return Optional.empty();
        }
        BatchHead h = head.get();
        long owner = owner(h.alertId());
        Alert alert = alert(h.alertId());
        Municipality municipality = em.find(Municipality.class, owner);
        AlertMessage message = em.find(AlertMessage.class, h.messageId());
        var batch = composer.batch(
                batchId, composer.profile(municipality), composer.message(alert, message, h.language()), reachable);
        String code = municipality.cbsCode().value();
        var stored = settingsReader.configurationFor(owner, code, h.channel());
        var configuration = new ChannelConfiguration(code, channelDefaults.merged(h.channel(), stored.values()));
        return Optional.of(new BatchWork(h, token, batch, configuration, reachable));
    }

    public void record(String token, List<DeliveryStore.Outcome> outcomes) {
        store.record(token, outcomes);
    }

    /** Completes the message when nothing waits any more; a completed first message makes the alert active. */
    public void completeIfDone(long messageId) {
        if (!store.markCompleted(messageId)) {
            return;
        }
        AlertMessage message = em.find(AlertMessage.class, messageId);
        if (message.kind() == MessageKind.ALERT) {
            long owner = owner(message.alertId());
            Alert alert = alert(message.alertId());
            if (alert.status() == AlertStatus.DISPATCHING) {
                alert.dispatched();
                audit.recordAs("system", owner, "alert.dispatched", "alert", alert.reference(), null);
            }
            releaseDeferredSnapshots();
        }
    }

    /** Queues the snapshots of updates and outcomes that waited for their first message. */
    public void releaseDeferredSnapshots() {
        store.releaseDeferredSnapshots().forEach(queues::snapshot);
    }

    /** After an attempt found nothing to do: the batch's message may be complete (e.g. after a redelivery). */
    public void completeIfDoneForBatch(long batchId) {
        store.batch(batchId).ifPresent(h -> completeIfDone(h.messageId()));
    }

    /** Batches to queue again (due retries, lost messages, dead attempts), queued in this transaction. */
    public int requeue(Instant now, Instant pendingBefore, Instant othersBefore, Map<String, Instant> ownBefore) {
        Set<Long> batchIds = store.batchesToRequeue(now, pendingBefore, othersBefore, ownBefore, ServerRun.ownTokens());
        for (long batchId : batchIds) {
            store.batch(batchId).ifPresent(h -> queues.deliver(h.channel(), List.of(batchId)));
        }
        return batchIds.size();
    }

    public List<Long> unfinishedMessages() {
        return store.unfinishedMessages();
    }

    private Alert alert(long alertId) {
        em.setProperty(TenantContext.PROPERTY, owner(alertId));
        Alert alert = em.find(Alert.class, alertId);
        if (alert == null) {
            throw new IllegalStateException("Alert " + alertId + " is gone");
        }
        return alert;
    }

    private long owner(long alertId) {
        return candidates.ownerOf(alertId);
    }

    /** The municipality that owns an alert. */
    public long ownerOf(long alertId) {
        return owner(alertId);
    }

    public Optional<BatchHead> head(long batchId) {
        return store.batch(batchId);
    }

    private long firstMessage(long alertId) {
        return em.createQuery("SELECT m.id FROM AlertMessage m WHERE m.alertId = :alert AND m.sequence = 0", Long.class)
                .setParameter("alert", alertId)
                .getSingleResult();
    }

    private Set<Long> regionOf(long municipalityId) {
        Municipality m = em.find(Municipality.class, municipalityId);
        Set<Long> ids = new HashSet<>();
        ids.add(municipalityId);
        m.alertPolicy().region().ifPresent(r -> ids.addAll(candidates.municipalitiesInRegion(r)));
        return ids;
    }
}
