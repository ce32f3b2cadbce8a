package nl.burgernet.application.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import nl.burgernet.channel.api.DeliveryChannel;
import nl.burgernet.domain.model.alert.TargetArea;
import nl.burgernet.domain.model.geo.Coordinates;
import nl.burgernet.domain.model.geo.GeoCircle;
import nl.burgernet.infrastructure.channels.ChannelRegistry;
import nl.burgernet.infrastructure.dispatch.CandidateReader;
import org.junit.jupiter.api.Test;

class TargetingTest {

    private static final Coordinates CENTRE = new Coordinates(52.135, 5.04);
    private static final Optional<TargetArea> AREA = Optional.of(new TargetArea.Circle(new GeoCircle(CENTRE, 1_000)));
    /** 12:00 in Amsterdam. */
    private static final Instant NOON = Instant.parse("2026-11-29T11:00:00Z");

    /** Targeting only asks whether a channel is deployed; it never calls it. */
    private static final DeliveryChannel STUB = (DeliveryChannel) java.lang.reflect.Proxy.newProxyInstance(
            DeliveryChannel.class.getClassLoader(), new Class<?>[] {DeliveryChannel.class}, (proxy, method, args) -> {
                throw new UnsupportedOperationException(method.getName());
            });

    private final List<Candidate> candidates = new ArrayList<>();
    private final Map<Long, Integer> recent = new HashMap<>();
    private MunicipalityRules rules = new MunicipalityRules(1, Set.of("email", "sms"), null, null, 3);

    private Targeting targeting() {
        Targeting t = new Targeting();
        t.candidates = new CandidateReader() {
            @Override
            public void forEachInArea(Set<Long> municipalityIds, Optional<TargetArea> area, Consumer<Candidate> sink) {
                candidates.forEach(sink);
            }

            @Override
            public Map<Long, MunicipalityRules> rules(Collection<Long> municipalityIds) {
                return Map.of(1L, rules);
            }

            @Override
            public Map<Long, Integer> recentAlertCounts(
                    Set<Long> municipalityIds, Optional<TargetArea> area, long exceptAlert, Instant since) {
                return recent;
            }
        };
        t.registry = new ChannelRegistry() {
            @Override
            public Optional<DeliveryChannel> find(String id) {
                return Set.of("email", "sms").contains(id) ? Optional.of(STUB) : Optional.empty();
            }
        };
        return t;
    }

    private void person(long id, double metres, Set<String> channels, LocalTime quietFrom, LocalTime quietTo) {
        candidates.add(new Candidate(id, 1, CENTRE.moved(90, metres), "nl", channels, quietFrom, quietTo));
    }

    /** The figures of a selection, and its targets as they were handed on. */
    private record Selection(RecipientCount count, List<Target> targets) {}

    private Selection select(boolean urgent, String... channels) {
        List<Target> targets = new ArrayList<>();
        RecipientCount count =
                targeting().select(new TargetQuery(Set.of(1L), AREA, Set.of(channels), urgent, 7, NOON), targets::add);
        return new Selection(count, targets);
    }

    @Test
    void theBoxIsNarrowedToTheCircleAndEachPersonCountsOnce() {
        person(1, 500, Set.of("email"), null, null);
        person(2, 1_200, Set.of("email"), null, null); // in the bounding box's corner region, outside the circle
        person(3, 100, Set.of("email", "sms"), null, null);
        candidates.add(new Candidate(3, 1, CENTRE.moved(0, 300), "nl", Set.of("email", "sms"), null, null));

        Selection s = select(false, "email", "sms");

        assertEquals(2, s.count().participants());
        assertEquals(Map.of("email", 2, "sms", 1), s.count().perChannel());
        assertEquals(3, s.targets().size());
    }

    @Test
    void onlyChannelsTheOperatorChoseTheMunicipalityUsesAndThePersonWantsAreUsed() {
        person(1, 100, Set.of("email", "sms", "push"), null, null);
        rules = new MunicipalityRules(1, Set.of("email", "push"), null, null, 3);

        Selection s = select(false, "sms", "push", "email");

        assertEquals(Map.of("email", 1), s.count().perChannel(), "sms: not the municipality's; push: not deployed");
    }

    @Test
    void quietHoursAndTheWeeklyBudgetHoldBackOrdinaryAlertsOnly() {
        person(1, 100, Set.of("email"), LocalTime.of(11, 0), LocalTime.of(13, 0));
        person(2, 100, Set.of("email"), null, null);
        person(3, 100, Set.of("email"), null, null);
        recent.put(3L, 3);

        RecipientCount ordinary = select(false, "email").count();
        assertEquals(1, ordinary.participants());
        assertEquals(1, ordinary.inQuietHours());
        assertEquals(1, ordinary.overWeeklyBudget());

        assertEquals(3, select(true, "email").count().participants());
    }

    @Test
    void theMunicipalitysQuietHoursApplyToThoseWithoutTheirOwn() {
        person(1, 100, Set.of("email"), null, null);
        rules = new MunicipalityRules(1, Set.of("email"), LocalTime.of(22, 0), LocalTime.of(7, 0), 3);
        assertEquals(1, select(false, "email").count().participants(), "noon is not quiet");
        rules = new MunicipalityRules(1, Set.of("email"), LocalTime.of(11, 30), LocalTime.of(12, 30), 3);
        assertEquals(0, select(false, "email").count().participants());
    }
}
