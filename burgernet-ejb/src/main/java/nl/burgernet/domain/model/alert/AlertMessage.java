package nl.burgernet.domain.model.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import nl.burgernet.infrastructure.persistence.jpa.FlagConverter;

/**
 * One message of an alert: the first (sequence 0), an update, or the outcome. Not tenant-filtered itself: it is
 * only ever reached through its alert, which is.
 */
@Entity
@Table(name = "alert_message")
public class AlertMessage {

    @Id
    @SequenceGenerator(name = "alert_message_seq", sequenceName = "alert_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alert_message_seq")
    private Long id;

    @Column(name = "alert_id", nullable = false)
    private long alertId;

    @Column(name = "sequence_no", nullable = false)
    private int sequence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MessageKind kind;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String body;

    private String instructions;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Convert(converter = FlagConverter.class)
    @Column(name = "snapshot_done", nullable = false)
    private boolean snapshotDone;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected AlertMessage() {}

    public AlertMessage(
            long alertId, int sequence, MessageKind kind, AlertContent content, String createdBy, Instant now) {
        this.alertId = alertId;
        this.sequence = sequence;
        this.kind = kind;
        this.title = content.title();
        this.body = content.body();
        this.instructions = content.instructions();
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public long alertId() {
        return alertId;
    }

    public int sequence() {
        return sequence;
    }

    public MessageKind kind() {
        return kind;
    }

    public AlertContent content() {
        return new AlertContent(title, body, instructions);
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean snapshotDone() {
        return snapshotDone;
    }

    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }
}
