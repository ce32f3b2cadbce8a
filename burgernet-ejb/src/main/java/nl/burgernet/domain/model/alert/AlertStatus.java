package nl.burgernet.domain.model.alert;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an alert is in its life. Only the transitions listed here exist; anything else is refused, so an ended alert
 * can never be sent again and a cancelled one never ends with an outcome.
 */
public enum AlertStatus {
    DRAFT,
    APPROVED,
    SCHEDULED,
    DISPATCHING,
    ACTIVE,
    ENDED,
    CANCELLED;

    public Set<AlertStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(APPROVED, CANCELLED);
            case APPROVED -> EnumSet.of(DRAFT, SCHEDULED, DISPATCHING, CANCELLED);
            case SCHEDULED -> EnumSet.of(DISPATCHING, CANCELLED);
            case DISPATCHING -> EnumSet.of(ACTIVE, ENDED);
            case ACTIVE -> EnumSet.of(ENDED);
            case ENDED, CANCELLED -> EnumSet.noneOf(AlertStatus.class);
        };
    }

    public boolean canMoveTo(AlertStatus target) {
        return next().contains(target);
    }

    /** Still reaching residents or about to: updates may be sent. */
    public boolean isLive() {
        return this == DISPATCHING || this == ACTIVE;
    }
}
