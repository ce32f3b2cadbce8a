package nl.burgernet.application.channel;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every two seconds, applies the receipts that overtook their delivery's result ({@link
 * ChannelEventRecorder#applyHeld}), so an alert page shows "delivered" seconds after the batch is recorded.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HeldReceiptSweep {

    private static final Logger LOG = Logger.getLogger(HeldReceiptSweep.class.getName());
    /** A receipt for a message this portal never recorded as sent is kept this long, then dropped. */
    private static final Duration KEEP_FOR = Duration.ofDays(1);

    private static final int PER_ROUND = 20_000;

    @Inject
    ChannelEventRecorder recorder;

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false, info = "held receipts")
    void sweep() {
        try {
            recorder.applyHeld(PER_ROUND, KEEP_FOR);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Applying held receipts failed; trying again in two seconds", e);
        }
    }
}
