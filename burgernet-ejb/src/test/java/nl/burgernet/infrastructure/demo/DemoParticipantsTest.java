package nl.burgernet.infrastructure.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.burgernet.domain.model.participant.TestChannels;
import nl.burgernet.infrastructure.geo.OfflinePostcodeGeocoder;
import nl.burgernet.infrastructure.geo.PostcodeEntry;
import org.junit.jupiter.api.Test;

class DemoParticipantsTest {

    /** "Aangemeld" showed tomorrow's date for the demo's newest participants: a sign-up is never in the future. */
    @Test
    void everyDemoSignUpLiesInThePastTwoYears() {
        List<PostcodeEntry> postcodes = OfflinePostcodeGeocoder.demo().entries().stream()
                .filter(e -> e.municipality().value().equals(DemoDataLoader.STICHTSE_VECHT))
                .toList();
        Instant before = Instant.now();
        List<DemoParticipants.Generated> all = DemoParticipants.generate(
                postcodes,
                DemoDataLoader.STICHTSE_VECHT_PARTICIPANTS,
                DemoDataLoader.STICHTSE_VECHT.hashCode(),
                "example.nl",
                TestChannels.CLASSIC,
                DemoDataLoader.STICHTSE_VECHT_MOBILE_PERCENT);
        Instant after = Instant.now();

        assertEquals(DemoDataLoader.STICHTSE_VECHT_PARTICIPANTS, all.size());
        List<Instant> future = all.stream()
                .map(DemoParticipants.Generated::createdAt)
                .filter(after::isBefore)
                .toList();
        assertEquals(List.of(), future);
        Instant twoYearsAgo = before.minus(Duration.ofDays(731));
        assertFalse(all.stream().anyMatch(g -> g.createdAt().isBefore(twoYearsAgo)));
    }
}
