package nl.burgernet.application.dispatch;

import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;
import nl.burgernet.domain.model.participant.QuietHours;

/** What targeting needs to know about a participant's municipality: its channels, quiet hours and weekly budget. */
public record MunicipalityRules(
        long municipalityId, Set<String> enabledChannels, LocalTime quietFrom, LocalTime quietTo, int weeklyBudget) {

    public MunicipalityRules {
        enabledChannels = Set.copyOf(enabledChannels);
    }

    /** The participant's own quiet hours, or else the municipality's, or none. */
    public Optional<QuietHours> quietHoursFor(Candidate c) {
        if (c.quietFrom() != null && c.quietTo() != null && !c.quietFrom().equals(c.quietTo())) {
            return Optional.of(new QuietHours(c.quietFrom(), c.quietTo()));
        }
        if (quietFrom != null && quietTo != null && !quietFrom.equals(quietTo)) {
            return Optional.of(new QuietHours(quietFrom, quietTo));
        }
        return Optional.empty();
    }
}
