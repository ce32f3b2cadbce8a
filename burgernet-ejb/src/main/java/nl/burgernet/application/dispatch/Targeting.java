package nl.burgernet.application.dispatch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.burgernet.infrastructure.channels.ChannelRegistry;
import nl.burgernet.infrastructure.dispatch.CandidateReader;

/**
 * Decides who an alert reaches. The database narrows by the area's bounding box (an index range); the exact shape,
 * the channels (chosen by the operator, switched on by the participant's municipality, deployed, and chosen by the
 * participant), quiet hours and the weekly budget are applied here.
 */
@ApplicationScoped
public class Targeting {

    /** Quiet hours are local times of the residents, who are Dutch. */
    static final ZoneId RESIDENTS_ZONE = ZoneId.of("Europe/Amsterdam");

    @Inject
    CandidateReader candidates;

    @Inject
    ChannelRegistry registry;

    public TargetSelection select(TargetQuery query) {
        List<Candidate> found = candidates.inArea(query.municipalityIds(), query.area());
        Map<Long, MunicipalityRules> rules = candidates.rules(municipalitiesOf(found));
        Map<Long, Integer> recentAlerts = query.urgent()
                ? Map.of()
                : candidates.recentAlertCounts(
                        query.municipalityIds(),
                        query.area(),
                        query.alertId(),
                        query.at().minusSeconds(7 * 86_400));
        LocalTime localTime = query.at().atZone(RESIDENTS_ZONE).toLocalTime();

        List<Target> targets = new ArrayList<>();
        Map<String, Integer> perChannel = new HashMap<>();
        Set<Long> seen = new HashSet<>();
        Set<Long> quiet = new HashSet<>();
        Set<Long> overBudget = new HashSet<>();
        for (Candidate c : found) {
            if (seen.contains(c.participantId())
                    || (c.address() != null
                            && query.area().isPresent()
                            && !query.area().get().contains(c.address()))) {
                continue; // another address of someone already in, or inside the box but outside the shape
            }
            MunicipalityRules r = rules.get(c.municipalityId());
            List<String> channels = channelsFor(c, r, query.channels());
            if (channels.isEmpty()) {
                continue;
            }
            seen.add(c.participantId());
            if (!query.urgent()) {
                if (r.quietHoursFor(c).map(q -> q.isQuietAt(localTime)).orElse(false)) {
                    quiet.add(c.participantId());
                    continue;
                }
                if (recentAlerts.getOrDefault(c.participantId(), 0) >= r.weeklyBudget()) {
                    overBudget.add(c.participantId());
                    continue;
                }
            }
            for (String channel : channels) {
                targets.add(new Target(c.participantId(), c.municipalityId(), channel, c.language()));
                perChannel.merge(channel, 1, Integer::sum);
            }
        }
        int reached = seen.size() - quiet.size() - overBudget.size();
        return new TargetSelection(targets, new RecipientCount(reached, perChannel, quiet.size(), overBudget.size()));
    }

    public RecipientCount count(TargetQuery query) {
        return select(query).count();
    }

    private List<String> channelsFor(Candidate c, MunicipalityRules r, Set<String> chosen) {
        List<String> result = new ArrayList<>(2);
        for (String id : chosen) {
            if (c.channels().contains(id)
                    && r.enabledChannels().contains(id)
                    && registry.find(id).isPresent()) {
                result.add(id);
            }
        }
        result.sort(null);
        return result;
    }

    private static Set<Long> municipalitiesOf(List<Candidate> found) {
        Set<Long> ids = new HashSet<>();
        found.forEach(c -> ids.add(c.municipalityId()));
        return ids;
    }
}
