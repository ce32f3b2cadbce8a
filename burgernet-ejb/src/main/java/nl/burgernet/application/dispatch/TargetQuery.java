package nl.burgernet.application.dispatch;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.burgernet.domain.model.alert.TargetArea;

/**
 * Who an alert should reach.
 *
 * @param municipalityIds the municipalities whose participants may be reached; empty means all (national reach,
 *     AMBER) — the one case where targeting crosses every tenant, on purpose
 * @param area where their address must lie; empty only for national alerts
 * @param channels the channels the operator chose
 * @param urgent urgent alerts ignore quiet hours and weekly budgets
 * @param alertId the alert being targeted, whose own earlier deliveries do not count against a budget; 0 for a
 *     preview of a new alert
 * @param at the moment of sending, for quiet hours and the budget's 7-day window
 */
public record TargetQuery(
        Set<Long> municipalityIds,
        Optional<TargetArea> area,
        Set<String> channels,
        boolean urgent,
        long alertId,
        Instant at) {

    public TargetQuery {
        municipalityIds = Set.copyOf(municipalityIds);
        channels = Set.copyOf(channels);
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(at, "at");
        if (area.isEmpty() && !municipalityIds.isEmpty()) {
            throw new IllegalArgumentException("Only a national alert goes without an area");
        }
    }

    public boolean national() {
        return municipalityIds.isEmpty();
    }
}
