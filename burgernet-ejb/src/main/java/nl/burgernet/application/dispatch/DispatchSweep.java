package nl.burgernet.application.dispatch;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

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

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "dispatch sweep")
    void sweep() {
        try {
            Instant now = Instant.now();
            int requeued = steps.requeue(now, now.minus(settings.pendingTimeout()), now.minus(settings.claimTimeout()));
            if (requeued > 0) {
                LOG.info(() -> "Queued " + requeued + " batches again (retries due, or attempts that died)");
            }
            steps.unfinishedMessages().forEach(steps::completeIfDone);
            steps.releaseDeferredSnapshots();
        } catch (RuntimeException e) {
            // A failing sweep must not cancel the timer; the next one tries again.
            LOG.log(Level.WARNING, "Dispatch sweep failed", e);
        }
    }
}
