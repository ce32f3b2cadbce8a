package nl.burgernet.application.dispatch;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.burgernet.channel.api.ChannelDescriptor;
import nl.burgernet.infrastructure.channels.ChannelRegistry;
import nl.burgernet.infrastructure.dispatch.ChannelLanes;

/**
 * Every few seconds: queues due retries again, re-queues batches whose JMS message went missing or whose attempt
 * died with its server, and completes messages a crash left unfinished. With it, a dispatch finishes by itself
 * after any crash.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DispatchSweep {

    private static final Logger LOG = Logger.getLogger(DispatchSweep.class.getName());

    @Inject
    DispatchSteps steps;

    @Inject
    DispatchSettings settings;

    @Inject
    ChannelRegistry registry;

    @Inject
    ChannelLanes lanes;

    private boolean started;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "dispatch sweep")
    void sweep() {
        try {
            Instant now = Instant.now();
            // The first sweep after a start queues every waiting batch: batches this server had taken off the queue
            // but not yet claimed when it stopped would otherwise wait for the pending timeout. So does the first
            // sweep after the database refused: a batch whose claim failed, or whose JMS message went to the dead
            // letter queue while the consumer could not read it, is still waiting too (the fault suite's finding).
            boolean afterFailure = lanes.takeRequeueRequest() || !started;
            Instant pendingBefore = afterFailure ? now : now.minus(settings.pendingTimeout());
            Map<String, Instant> ownBefore = new HashMap<>();
            for (ChannelDescriptor d : registry.descriptors()) {
                ownBefore.put(d.id(), lanes.inDoubt(d.id()).ownBefore());
            }
            int requeued = steps.requeue(now, pendingBefore, now.minus(settings.claimTimeout()), ownBefore);
            started = true;
            if (requeued > 0) {
                LOG.info(() -> "Queued " + requeued + " batches again (retries due, or attempts that died)");
            }
            steps.unfinishedMessages().forEach(steps::completeIfDone);
            steps.releaseDeferredSnapshots();
        } catch (RuntimeException e) {
            // A failing sweep must not cancel the timer; the next one tries again, and queues every waiting batch.
            LOG.log(Level.WARNING, "Dispatch sweep failed", e);
            lanes.databaseRefused();
        }
    }
}
