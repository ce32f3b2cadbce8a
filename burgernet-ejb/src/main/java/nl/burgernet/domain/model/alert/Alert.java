package nl.burgernet.domain.model.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.burgernet.domain.model.geo.Coordinates;
import nl.burgernet.infrastructure.tenancy.TenantContext;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A Burgernetactie: one incident, the area it reaches, and where it is in its life. The municipality that owns it
 * is the tenant; its first message, updates and outcome are {@link AlertMessage}s.
 */
@Entity
@Table(name = "alert")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "municipality_id", contextProperty = TenantContext.PROPERTY)
public class Alert {

    @Id
    @SequenceGenerator(name = "alert_seq", sequenceName = "alert_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alert_seq")
    private Long id;

    @Column(nullable = false, length = 20)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AlertType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AlertPriority priority;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String body;

    private String instructions;

    @Column(name = "incident_address")
    private String incidentAddress;

    @Column(name = "incident_latitude")
    private Double incidentLatitude;

    @Column(name = "incident_longitude")
    private Double incidentLongitude;

    /** The target area as CAP text; null for national alerts, which reach everyone. */
    private String area;

    /** Channel ids, comma-separated. */
    @Column(nullable = false)
    private String channels;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AlertStatus status;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "approved_by")
    private String approvedBy;

    /** Who last changed the draft after its author; null while only its author wrote it. */
    @Column(name = "revised_by")
    private String revisedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "launched_at")
    private Instant launchedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    private String outcome;

    /** The code of the public page ({@link PublicCode}); null for alerts made before public pages existed. */
    @Column(name = "public_code", length = 12)
    private String publicCode;

    @Version
    private long version;

    protected Alert() {}

    public Alert(String reference, AlertDraft draft, String createdBy, Instant now) {
        this.reference = Objects.requireNonNull(reference);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = now;
        this.status = AlertStatus.DRAFT;
        this.publicCode = PublicCode.random();
        apply(draft);
    }

    /**
     * Changes what the alert says and where it reaches; only before it is launched. A revision of an approved alert
     * withdraws the approval: what was approved is no longer what would go out.
     */
    public void revise(AlertDraft draft, String reviser) {
        if (status == AlertStatus.APPROVED) {
            moveTo(AlertStatus.DRAFT);
            approvedBy = null;
        }
        if (status != AlertStatus.DRAFT) {
            throw new IllegalTransitionException(status, AlertStatus.DRAFT);
        }
        apply(draft);
        this.revisedBy = Objects.requireNonNull(reviser);
    }

    private void apply(AlertDraft draft) {
        this.type = draft.type();
        this.priority = draft.priority();
        this.title = draft.content().title();
        this.body = draft.content().body();
        this.instructions = draft.content().instructions();
        this.incidentAddress = draft.incidentAddress();
        this.incidentLatitude = draft.incident().map(Coordinates::latitude).orElse(null);
        this.incidentLongitude = draft.incident().map(Coordinates::longitude).orElse(null);
        this.area = draft.area().map(TargetArea::toCap).orElse(null);
        this.channels = String.join(",", draft.channels());
        this.startsAt = draft.startsAt().orElse(null);
        this.expiresAt = draft.expiresAt();
    }

    /**
     * Approves the draft. Where the municipality asks for four eyes, the approver must be a person (not a control-room
     * system's API key) other than its author and other than whoever last revised it: someone who rewrote a draft
     * must not approve their own text.
     *
     * @param byPerson whether the approver is a logged-in person rather than an API key
     * @throws ApprovalRefusedException when a second operator is required and the approver is not one
     */
    public void approve(String approver, boolean byPerson, boolean secondOperatorRequired) {
        if (secondOperatorRequired && !byPerson) {
            throw new ApprovalRefusedException("An API key cannot approve this alert; an operator must: " + reference);
        }
        if (secondOperatorRequired && (approver.equals(createdBy) || approver.equals(revisedBy))) {
            throw new ApprovalRefusedException(
                    "An operator who neither wrote nor last revised this alert must approve it: " + reference);
        }
        moveTo(AlertStatus.APPROVED);
        this.approvedBy = approver;
    }

    /** Launches an approved alert: it waits for its start time, or starts dispatching now. */
    public void launch(Instant now) {
        if (startsAt != null && startsAt.isAfter(now)) {
            moveTo(AlertStatus.SCHEDULED);
        } else {
            moveTo(AlertStatus.DISPATCHING);
            launchedAt = now;
        }
    }

    /** The start time of a scheduled alert has come. */
    public void startScheduled(Instant now) {
        moveTo(AlertStatus.DISPATCHING);
        launchedAt = now;
    }

    /** Every recipient of the first message has a final result. */
    public void dispatched() {
        if (status == AlertStatus.DISPATCHING) {
            moveTo(AlertStatus.ACTIVE);
        }
    }

    /** Ends the alert with its outcome (afloop), which goes to everyone contacted. */
    public void end(String outcomeText, Instant now) {
        moveTo(AlertStatus.ENDED);
        this.outcome = outcomeText;
        this.endedAt = now;
    }

    /** The expiry time passed without an outcome: the alert ends quietly. */
    public void expire(Instant now) {
        moveTo(AlertStatus.ENDED);
        this.endedAt = now;
    }

    public void cancel(Instant now) {
        moveTo(AlertStatus.CANCELLED);
        this.endedAt = now;
    }

    private void moveTo(AlertStatus target) {
        if (!status.canMoveTo(target)) {
            throw new IllegalTransitionException(status, target);
        }
        status = target;
    }

    /** Urgent alerts reach residents in their quiet hours and over their weekly budget. */
    public boolean urgent() {
        return type.urgent() || priority == AlertPriority.HIGH;
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public AlertType type() {
        return type;
    }

    public AlertPriority priority() {
        return priority;
    }

    public AlertContent content() {
        return new AlertContent(title, body, instructions);
    }

    public String incidentAddress() {
        return incidentAddress;
    }

    public Optional<Coordinates> incident() {
        return incidentLatitude == null || incidentLongitude == null
                ? Optional.empty()
                : Optional.of(new Coordinates(incidentLatitude, incidentLongitude));
    }

    public Optional<TargetArea> area() {
        return area == null ? Optional.empty() : Optional.of(TargetArea.fromCap(area));
    }

    public Set<String> channels() {
        Set<String> ids = new LinkedHashSet<>();
        Arrays.stream(channels.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .forEach(ids::add);
        return ids;
    }

    public Optional<Instant> startsAt() {
        return Optional.ofNullable(startsAt);
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public AlertStatus status() {
        return status;
    }

    public String createdBy() {
        return createdBy;
    }

    public Optional<String> revisedBy() {
        return Optional.ofNullable(revisedBy);
    }

    public Optional<String> approvedBy() {
        return Optional.ofNullable(approvedBy);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> launchedAt() {
        return Optional.ofNullable(launchedAt);
    }

    public Optional<Instant> endedAt() {
        return Optional.ofNullable(endedAt);
    }

    /** The code of the alert's public page; empty for alerts older than public pages. */
    public Optional<String> publicCode() {
        return Optional.ofNullable(publicCode);
    }

    public Optional<String> outcome() {
        return Optional.ofNullable(outcome);
    }

    public AlertDraft draft() {
        return new AlertDraft(
                type, priority, content(), incidentAddress, incident(), area(), channels(), startsAt(), expiresAt);
    }
}
