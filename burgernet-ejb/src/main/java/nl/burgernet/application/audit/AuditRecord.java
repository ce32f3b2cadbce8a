package nl.burgernet.application.audit;

import java.time.Instant;
import nl.burgernet.domain.model.audit.AuditEntry;

public record AuditRecord(
        Instant occurredAt, String actor, Long municipalityId, String action, String target, String details) {

    static AuditRecord of(AuditEntry e) {
        String target = e.targetType() == null ? "" : e.targetType() + (e.targetId() == null ? "" : " " + e.targetId());
        return new AuditRecord(e.occurredAt(), e.actor(), e.municipalityId(), e.action(), target, e.details());
    }
}
