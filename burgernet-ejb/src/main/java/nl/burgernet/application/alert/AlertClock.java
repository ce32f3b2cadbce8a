package nl.burgernet.application.alert;

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
import nl.burgernet.infrastructure.dispatch.DueAlerts;
import nl.burgernet.infrastructure.tenancy.TenantContext;

/**
 * The EJB timer that starts scheduled alerts when their start time comes and ends alerts whose expiry time passed.
 * It ticks every 5 seconds (not persistent: a missed tick is simply the next one's work, and the due alerts are
 * read from the database, so nothing depends on the timer surviving a restart).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AlertClock {

    private static final Logger LOG = Logger.getLogger(AlertClock.class.getName());

    @Inject
    DueAlerts due;

    @Inject
    AlertTimeline timeline;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "alert clock")
    void tick() {
        Instant now = Instant.now();
        for (DueAlerts.Due d : due.toStart(now)) {
            run(d, () -> timeline.start(d.alertId()), "start");
        }
        for (DueAlerts.Due d : due.toExpire(now)) {
            run(d, () -> timeline.expire(d.alertId()), "expire");
        }
    }

    private static void run(DueAlerts.Due d, Runnable work, String what) {
        try {
            TenantContext.runAs(d.municipalityId(), work);
        } catch (RuntimeException e) {
            // One alert's failure must not stop the others; the next tick tries again.
            LOG.log(Level.WARNING, e, () -> "Could not " + what + " alert " + d.alertId());
        }
    }
}
