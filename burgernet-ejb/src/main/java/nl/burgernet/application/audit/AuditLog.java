package nl.burgernet.application.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.List;
import nl.burgernet.domain.model.audit.AuditEntry;
import nl.burgernet.infrastructure.tenancy.TenantContext;

/**
 * Writes the audit trail in the caller's transaction: an audited change and its entry commit or roll back together.
 * The actor is the logged-in caller, or "system" for timers and the resident's own actions through their links.
 */
@Stateless
public class AuditLog {

    @PersistenceContext(unitName = "burgernet")
    EntityManager em;

    @Resource
    SessionContext context;

    public void record(String action, String targetType, Object targetId, String details) {
        recordFor(TenantContext.current(), action, targetType, targetId, details);
    }

    public void recordFor(Long municipalityId, String action, String targetType, Object targetId, String details) {
        em.persist(new AuditEntry(
                actor(), municipalityId, action, targetType, targetId == null ? null : targetId.toString(), details));
    }

    public void recordAs(
            String actor, Long municipalityId, String action, String targetType, Object targetId, String details) {
        em.persist(new AuditEntry(
                actor, municipalityId, action, targetType, targetId == null ? null : targetId.toString(), details));
    }

    public List<AuditRecord> recent(Long municipalityId, int max) {
        var query = municipalityId == null
                ? em.createNamedQuery("AuditEntry.findRecent", AuditEntry.class)
                : em.createNamedQuery("AuditEntry.findByMunicipality", AuditEntry.class)
                        .setParameter("municipalityId", municipalityId);
        return query.setMaxResults(max).getResultStream().map(AuditRecord::of).toList();
    }

    private String actor() {
        Principal p = context.getCallerPrincipal();
        return p == null || "ANONYMOUS".equalsIgnoreCase(p.getName()) ? "system" : p.getName();
    }
}
