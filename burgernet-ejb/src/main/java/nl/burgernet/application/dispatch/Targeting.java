package nl.burgernet.application.dispatch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import nl.burgernet.infrastructure.channels.ChannelRegistry;
import nl.burgernet.infrastructure.dispatch.CandidateReader;
import org.roaringbitmap.longlong.Roaring64Bitmap;

/**
 * Decides who an alert reaches. The database narrows by the area's bounding box (an index range); the exact shape,
 * the channels (chosen by the operator, switched on by the participant's municipality, deployed, and chosen by the
 * participant), quiet hours and the weekly budget are applied here.
 *
 * <p>The targets are handed on as they are found, never collected: a national alert reaches millions, and the heap
 * holds only the participants already counted (as a compressed bitmap of their ids, a few bits each) and the rules of
 * the municipalities.
 */
@ApplicationScoped
public class Targeting {

    /** Quiet hours are local times of the residents, who are Dutch. */
    static final ZoneId RESIDENTS_ZONE = ZoneId.of("Europe/Amsterdam");

    @Inject
    CandidateReader candidates;

    @Inject
    ChannelRegistry registry;

    /** Hands every target of the query to {@code sink}, in the order they are read; returns the figures. */
    public RecipientCount select(TargetQuery query, Consumer<Target> sink) {
        Map<Long, MunicipalityRules> rules = candidates.rules(query.municipalityIds());
        Map<Long, Integer> recentAlerts = query.urgent()
                ? Map.of()
                : candidates.recentAlertCounts(
                        query.municipalityIds(),
                        query.area(),
                        query.alertId(),
                        query.at().minusSeconds(7 * 86_400));
        LocalTime localTime = query.at().atZone(RESIDENTS_ZONE).toLocalTime();

        Map<String, Integer> perChannel = new HashMap<>();
        Roaring64Bitmap seen = new Roaring64Bitmap();
        int[] quiet = {0};
        int[] overBudget = {0};
        candidates.forEachInArea(query.municipalityIds(), query.area(), c -> {
            if (seen.contains(c.participantId())
                    || (c.address() != null
                            && query.area().isPresent()
                            && !query.area().get().contains(c.address()))) {
                return; // another address of someone already in, or inside the box but outside the shape
            }
            MunicipalityRules r = rules.get(c.municipalityId());
            if (r == null) {
                return; // a municipality created while the selection ran
            }
            List<String> channels = channelsFor(c, r, query.channels());
            if (channels.isEmpty()) {
                return;
            }
            seen.addLong(c.participantId());
            if (!query.urgent()) {
                if (r.quietHoursFor(c).map(q -> q.isQuietAt(localTime)).orElse(false)) {
                    quiet[0]++;
                    return;
                }
                if (recentAlerts.getOrDefault(c.participantId(), 0) >= r.weeklyBudget()) {
                    overBudget[0]++;
                    return;
                }
            }
            for (String channel : channels) {
                sink.accept(new Target(c.participantId(), c.municipalityId(), channel, c.language()));
                perChannel.merge(channel, 1, Integer::sum);
            }
        });
        int reached = (int) seen.getLongCardinality() - quiet[0] - overBudget[0];
        return new RecipientCount(reached, perChannel, quiet[0], overBudget[0]);
    }

    public RecipientCount count(TargetQuery query) {
        return select(query, target -> {});
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
}
