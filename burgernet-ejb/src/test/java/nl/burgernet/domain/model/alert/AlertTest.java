package nl.burgernet.domain.model.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import nl.burgernet.domain.model.geo.Coordinates;
import nl.burgernet.domain.model.geo.GeoCircle;
import org.junit.jupiter.api.Test;

class AlertTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private static final Coordinates MAARSSEN = new Coordinates(52.135, 5.04);

    static AlertDraft draft(AlertType type, Optional<Instant> start) {
        return new AlertDraft(
                type,
                AlertPriority.NORMAL,
                new AlertContent("Verdachte gezien", "Man in rode jas", "Bel 112"),
                "Stationsweg 1, Maarssen",
                Optional.of(MAARSSEN),
                Optional.of(new TargetArea.Circle(new GeoCircle(MAARSSEN, 1_000))),
                Set.of("email"),
                start,
                start.orElse(NOW).plusSeconds(3600));
    }

    @Test
    void anApprovedAlertLaunchedWithoutStartTimeDispatchesAtOnce() {
        Alert alert = new Alert("BN-2026-000001", draft(AlertType.SUSPECT, Optional.empty()), "op1", NOW);
        alert.approve("op1", true, false);
        alert.launch(NOW);
        assertEquals(AlertStatus.DISPATCHING, alert.status());
        assertEquals(Optional.of(NOW), alert.launchedAt());
        alert.dispatched();
        assertEquals(AlertStatus.ACTIVE, alert.status());
    }

    @Test
    void aLaunchBeforeTheStartTimeWaitsForTheClock() {
        Instant later = NOW.plusSeconds(600);
        Alert alert = new Alert("BN-2026-000002", draft(AlertType.SUSPECT, Optional.of(later)), "op1", NOW);
        alert.approve("op1", true, false);
        alert.launch(NOW);
        assertEquals(AlertStatus.SCHEDULED, alert.status());
        assertTrue(alert.launchedAt().isEmpty());
        alert.startScheduled(later);
        assertEquals(AlertStatus.DISPATCHING, alert.status());
    }

    @Test
    void withFourEyesTheAuthorCannotApproveTheirOwnAlert() {
        Alert alert = new Alert("BN-2026-000003", draft(AlertType.SUSPECT, Optional.empty()), "op1", NOW);
        assertThrows(ApprovalRefusedException.class, () -> alert.approve("op1", true, true));
        assertEquals(AlertStatus.DRAFT, alert.status());
        alert.approve("op2", true, true);
        assertEquals(Optional.of("op2"), alert.approvedBy());
    }

    @Test
    void aDraftCannotBeLaunchedOrEndedAndAnEndedAlertNeverAgain() {
        Alert alert = new Alert("BN-2026-000004", draft(AlertType.SUSPECT, Optional.empty()), "op1", NOW);
        assertThrows(IllegalTransitionException.class, () -> alert.launch(NOW));
        assertThrows(IllegalTransitionException.class, () -> alert.end("done", NOW));
        alert.approve("op1", true, false);
        alert.launch(NOW);
        alert.end("Aangehouden", NOW);
        assertEquals(Optional.of("Aangehouden"), alert.outcome());
        assertThrows(IllegalTransitionException.class, () -> alert.expire(NOW));
        assertThrows(IllegalTransitionException.class, () -> alert.cancel(NOW));
    }

    @Test
    void aLaunchedAlertIsNeverRevised() {
        Alert alert = new Alert("BN-2026-000005", draft(AlertType.SUSPECT, Optional.empty()), "op1", NOW);
        alert.revise(draft(AlertType.VEHICLE, Optional.empty()), "op1");
        assertEquals(AlertType.VEHICLE, alert.type());
        alert.approve("op1", true, false);
        alert.launch(NOW);
        assertThrows(
                IllegalTransitionException.class,
                () -> alert.revise(draft(AlertType.SUSPECT, Optional.empty()), "op1"));
    }

    @Test
    void withFourEyesWhoeverLastRevisedTheDraftCannotApproveIt() {
        Alert alert = new Alert("BN-2026-000007", draft(AlertType.SUSPECT, Optional.empty()), "op1", NOW);
        alert.revise(draft(AlertType.VEHICLE, Optional.empty()), "op2");

        assertThrows(ApprovalRefusedException.class, () -> alert.approve("op2", true, true));
        assertThrows(ApprovalRefusedException.class, () -> alert.approve("op1", true, true));
        alert.approve("op3", true, true);
        assertEquals(Optional.of("op3"), alert.approvedBy());
    }

    @Test
    void aRevisionAfterApprovalWithdrawsTheApproval() {
        Alert alert = new Alert("BN-2026-000008", draft(AlertType.SUSPECT, Optional.empty()), "op1", NOW);
        alert.approve("op2", true, true);

        alert.revise(draft(AlertType.VEHICLE, Optional.empty()), "op2");

        assertEquals(AlertStatus.DRAFT, alert.status());
        assertTrue(alert.approvedBy().isEmpty());
        assertThrows(IllegalTransitionException.class, () -> alert.launch(NOW));
        assertThrows(ApprovalRefusedException.class, () -> alert.approve("op2", true, true), "op2 rewrote it");
    }

    @Test
    void withFourEyesAnApiKeyCannotApprove() {
        Alert alert = new Alert("BN-2026-000009", draft(AlertType.SUSPECT, Optional.empty()), "op1", NOW);

        assertThrows(ApprovalRefusedException.class, () -> alert.approve("api-key:GMS@GM9203", false, true));
        assertEquals(AlertStatus.DRAFT, alert.status());
    }

    @Test
    void theAreaAndChannelsSurviveTheirStoredForm() {
        Alert alert = new Alert("BN-2026-000006", draft(AlertType.SUSPECT, Optional.empty()), "op1", NOW);
        TargetArea area = alert.area().orElseThrow();
        assertTrue(area.contains(MAARSSEN.moved(45, 900)));
        assertFalse(area.contains(MAARSSEN.moved(45, 1_100)));
        assertEquals(Set.of("email"), alert.channels());
    }

    @Test
    void urgentTypesAndHighPriorityAreUrgent() {
        assertTrue(new Alert("a", draft(AlertType.VERMIST_KIND, Optional.empty()), "op", NOW).urgent());
        assertFalse(new Alert("b", draft(AlertType.BURGLARY_WARNING, Optional.empty()), "op", NOW).urgent());
    }
}
