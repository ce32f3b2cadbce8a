package nl.burgernet.application.alert;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import nl.burgernet.application.audit.AuditLog;
import nl.burgernet.domain.model.alert.Alert;
import nl.burgernet.domain.model.alert.AlertStatus;
import nl.burgernet.infrastructure.tenancy.TenantContext;
import nl.burgernet.infrastructure.tenancy.Tenanted;

/** What the clock does to one alert, each in its own transaction and audited as the system's doing. */
@Stateless
@Tenanted
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AlertTimeline {

    static final String SYSTEM = "system";

    @PersistenceContext(unitName = "burgernet")
    EntityManager em;

    @Inject
    DispatchStart dispatchStart;

    @Inject
    AuditLog audit;

    public void start(long alertId) {
        Alert alert = em.find(Alert.class, alertId);
        if (alert == null || alert.status() != AlertStatus.SCHEDULED) {
            return;
        }
        alert.startScheduled(Instant.now());
        audit.recordAs(SYSTEM, TenantContext.current(), "alert.started", "alert", alert.reference(), "scheduled start");
        dispatchStart.firstMessage(alert, SYSTEM);
    }

    public void expire(long alertId) {
        Alert alert = em.find(Alert.class, alertId);
        if (alert == null || !alert.status().isLive()) {
            return;
        }
        alert.expire(Instant.now());
        audit.recordAs(SYSTEM, TenantContext.current(), "alert.expired", "alert", alert.reference(), null);
    }
}
