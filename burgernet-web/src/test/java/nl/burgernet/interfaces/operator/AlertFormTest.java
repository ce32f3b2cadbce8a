package nl.burgernet.interfaces.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.burgernet.domain.model.alert.AlertContent;
import nl.burgernet.domain.model.alert.AlertDraft;
import nl.burgernet.domain.model.alert.AlertPriority;
import nl.burgernet.domain.model.alert.AlertType;
import nl.burgernet.domain.model.alert.InvalidAlertException;
import nl.burgernet.domain.model.alert.TargetArea;
import nl.burgernet.domain.model.geo.Coordinates;
import nl.burgernet.domain.model.geo.GeoCircle;
import org.junit.jupiter.api.Test;

class AlertFormTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    private static AlertForm filledIn() {
        AlertForm form = AlertForm.blank(List.of("email", "sms"));
        form.setTitle("Verdachte gezien");
        form.setBody("Man in rode jas.");
        form.setShape(AlertForm.CIRCLE);
        form.setCentreLatitude(52.135);
        form.setCentreLongitude(5.04);
        form.setRadiusMetres(800);
        return form;
    }

    @Test
    void anEmptyFormNamesEveryFieldToFixAtOnce() {
        AlertForm form = AlertForm.blank(List.of());

        List<String> fields =
                form.problems(NOW).stream().map(InvalidAlertException::field).toList();

        assertEquals(List.of("title", "body", "channels", "area"), fields);
    }

    @Test
    void aCircleBecomesTheAreaAndItsCentreTheIncident() {
        AlertDraft draft = filledIn().toDraft(NOW);

        TargetArea.Circle circle =
                assertInstanceOf(TargetArea.Circle.class, draft.area().orElseThrow());
        assertEquals(800, circle.circle().radiusMetres());
        assertEquals(new Coordinates(52.135, 5.04), draft.incident().orElseThrow());
        assertEquals(Set.of("email", "sms"), draft.channels());
        assertTrue(draft.startsAt().isEmpty(), "starts when launched");
        assertEquals(NOW.plusSeconds(8 * 3600), draft.expiresAt(), "8 hours by default");
    }

    @Test
    void aPolygonOfThreeCornersIsAnAreaAndFewerIsTheOperatorsMistake() {
        AlertForm form = filledIn();
        form.setShape(AlertForm.POLYGON);
        form.setPolygon("52.13,5.03 52.14,5.03 52.14,5.05");

        TargetArea area = form.toDraft(NOW).area().orElseThrow();
        assertTrue(area.contains(new Coordinates(52.138, 5.035)));

        form.setPolygon("52.13,5.03 52.14,5.03");
        assertEquals("area", form.problems(NOW).getFirst().field());
    }

    @Test
    void aPolygonOfMoreThanFiveHundredCornersIsRefusedOnTheAreaWithTheLimit() {
        AlertForm form = filledIn();
        form.setShape(AlertForm.POLYGON);
        StringBuilder corners = new StringBuilder();
        for (int i = 0; i < 501; i++) {
            double angle = 2 * Math.PI * i / 501;
            corners.append(String.format(
                    java.util.Locale.ROOT,
                    "%.6f,%.6f ",
                    52.13 + 0.01 * Math.sin(angle),
                    5.03 + 0.01 * Math.cos(angle)));
        }
        form.setPolygon(corners.toString());

        InvalidAlertException problem = form.problems(NOW).getFirst();
        assertEquals("area", problem.field());
        assertTrue(problem.getMessage().contains("at most 500 corners"), problem.getMessage());
    }

    @Test
    void aRadiusOutsideFiftyMetresToFiftyKilometresIsRefusedOnTheRadius() {
        AlertForm form = filledIn();
        form.setRadiusMetres(20);

        assertEquals(
                List.of("radius"),
                form.problems(NOW).stream().map(InvalidAlertException::field).toList());
    }

    @Test
    void anAmberAlertHasNoAreaWhateverTheMapShows() {
        AlertForm form = filledIn();
        form.setType(AlertType.AMBER);

        assertTrue(form.problems(NOW).isEmpty());
        assertTrue(form.toDraft(NOW).area().isEmpty());
    }

    @Test
    void timesAreDutchTimeAndTheExpiryFollowsALaterStart() {
        AlertForm form = filledIn();
        form.setStart(AlertForm.START_LATER);
        form.setStartsAt(LocalDateTime.of(2026, 7, 1, 22, 30));

        AlertDraft draft = form.toDraft(NOW);

        assertEquals(Instant.parse("2026-07-01T20:30:00Z"), draft.startsAt().orElseThrow(), "CEST is UTC+2");
        assertEquals(Instant.parse("2026-07-02T04:30:00Z"), draft.expiresAt());
    }

    @Test
    void aLaterStartWithoutATimeAndAnExpiryBeforeTheStartAreRefused() {
        AlertForm form = filledIn();
        form.setStart(AlertForm.START_LATER);
        assertEquals("startsAt", form.problems(NOW).getFirst().field());

        form.setStartsAt(LocalDateTime.of(2026, 3, 10, 18, 0));
        form.setExpiresAt(LocalDateTime.of(2026, 3, 10, 17, 0));
        assertEquals("expiresAt", form.problems(NOW).getFirst().field());
    }

    @Test
    void aTwoLineTitleIsRefusedByTheDomainsRule() {
        AlertForm form = filledIn();
        form.setTitle("one\nBcc: x@evil.example");

        assertEquals("title", form.problems(NOW).getFirst().field());
        assertThrows(InvalidAlertException.class, () -> form.toDraft(NOW));
    }

    @Test
    void aDraftOpensAgainAsItWasSaved() {
        AlertDraft saved = new AlertDraft(
                AlertType.VEHICLE,
                AlertPriority.HIGH,
                new AlertContent("Auto doorgereden", "Blauwe Golf", "Let op het kenteken"),
                "Straatweg 1",
                Optional.of(new Coordinates(52.1, 5.0)),
                Optional.of(new TargetArea.Circle(new GeoCircle(new Coordinates(52.1, 5.0), 2500))),
                Set.of("sms", "email"),
                Optional.of(Instant.parse("2026-01-15T08:00:00Z")),
                Instant.parse("2026-01-15T16:00:00Z"));

        AlertForm form = AlertForm.of(saved);

        assertEquals(AlertForm.START_LATER, form.getStart());
        assertEquals(LocalDateTime.of(2026, 1, 15, 9, 0), form.getStartsAt(), "CET is UTC+1");
        assertEquals(2500, form.getRadiusMetres());
        assertEquals(List.of("email", "sms"), form.getChannels());
        assertEquals(saved, form.toDraft(NOW));
    }
}
