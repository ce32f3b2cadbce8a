package nl.burgernet.domain.model.alert;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AlertStatusTest {

    @Test
    void aDraftIsApprovedBeforeItIsSent() {
        assertTrue(AlertStatus.DRAFT.canMoveTo(AlertStatus.APPROVED));
        assertFalse(AlertStatus.DRAFT.canMoveTo(AlertStatus.DISPATCHING));
    }

    @Test
    void anApprovedAlertIsSentNowOrScheduled() {
        assertTrue(AlertStatus.APPROVED.canMoveTo(AlertStatus.DISPATCHING));
        assertTrue(AlertStatus.APPROVED.canMoveTo(AlertStatus.SCHEDULED));
        assertTrue(AlertStatus.SCHEDULED.canMoveTo(AlertStatus.DISPATCHING));
    }

    @Test
    void onlyAnAlertThatReachedResidentsEndsWithAnOutcome() {
        assertTrue(AlertStatus.ACTIVE.canMoveTo(AlertStatus.ENDED));
        assertFalse(AlertStatus.SCHEDULED.canMoveTo(AlertStatus.ENDED));
        assertFalse(AlertStatus.ACTIVE.canMoveTo(AlertStatus.CANCELLED), "once sent, an alert ends; it is not undone");
    }

    @ParameterizedTest
    @EnumSource(
            value = AlertStatus.class,
            names = {"ENDED", "CANCELLED"})
    void endedAndCancelledAreFinal(AlertStatus status) {
        assertTrue(status.next().isEmpty());
        assertFalse(status.isLive());
    }

    @Test
    void urgentTypesAreTheMissingPersonOnes() {
        assertTrue(AlertType.AMBER.urgent());
        assertTrue(AlertType.VERMIST_KIND.urgent());
        assertFalse(AlertType.BURGLARY_WARNING.urgent());
        assertTrue(AlertType.DOOR_TO_DOOR_INQUIRY.defaultRadiusMetres() < AlertType.VEHICLE.defaultRadiusMetres());
    }
}
