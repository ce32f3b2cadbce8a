package nl.burgernet.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "audit_entry")
@NamedQuery(
        name = "AuditEntry.findByMunicipality",
        query = "SELECT a FROM AuditEntry a WHERE a.municipalityId = :municipalityId ORDER BY a.occurredAt DESC")
@NamedQuery(name = "AuditEntry.findRecent", query = "SELECT a FROM AuditEntry a ORDER BY a.occurredAt DESC")
public class AuditEntry {

    private static final int MAX_DETAILS = 2000;

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    @Column(name = "municipality_id")
    private Long municipalityId;

    @Column(nullable = false)
    private String action;

    @Column(name = "target_type")
    private String targetType;

    @Column(name = "target_id")
    private String targetId;

    @Column(length = MAX_DETAILS)
    private String details;

    protected AuditEntry() {}

    public AuditEntry(
            String actor, Long municipalityId, String action, String targetType, String targetId, String details) {
        this.occurredAt = Instant.now();
        this.actor = actor;
        this.municipalityId = municipalityId;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.details = details == null || details.length() <= MAX_DETAILS ? details : details.substring(0, MAX_DETAILS);
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public Long municipalityId() {
        return municipalityId;
    }

    public String action() {
        return action;
    }

    public String targetType() {
        return targetType;
    }

    public String targetId() {
        return targetId;
    }

    public String details() {
        return details;
    }
}
