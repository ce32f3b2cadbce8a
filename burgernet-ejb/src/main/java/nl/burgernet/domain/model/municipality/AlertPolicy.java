package nl.burgernet.domain.model.municipality;

import java.util.Optional;

/**
 * A municipality's rules for its alerts.
 *
 * @param region the veiligheidsregio (safety region) it belongs to; a Vermist Kind Alert reaches the whole region
 * @param requiresApproval a second operator approves an alert before it goes out (four eyes)
 * @param weeklyBudget the most alerts a participant receives in 7 days; urgent alerts do not count against it
 */
public record AlertPolicy(Optional<String> region, boolean requiresApproval, int weeklyBudget) {

    public static final int DEFAULT_WEEKLY_BUDGET = 3;

    public AlertPolicy(String region, boolean requiresApproval, int weeklyBudget) {
        this(Optional.ofNullable(region).map(String::strip).filter(r -> !r.isEmpty()), requiresApproval, weeklyBudget);
    }

    public AlertPolicy {
        if (weeklyBudget < 1 || weeklyBudget > 100) {
            throw new IllegalArgumentException("The weekly budget is between 1 and 100 alerts: " + weeklyBudget);
        }
    }
}
