package nl.burgernet.domain.model.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AlertDraftTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private static final AlertContent CONTENT = new AlertContent("Titel", "Bericht", "");

    @Test
    void aTitleIsOneLineSoItCannotSmuggleHeaders() {
        InvalidAlertException e = assertThrows(
                InvalidAlertException.class, () -> new AlertContent("Titel\r\nBcc: x@evil.example", "Bericht", ""));
        assertEquals("title", e.field());
        assertEquals(
                "body",
                assertThrows(InvalidAlertException.class, () -> new AlertContent("t", " ", ""))
                        .field());
    }

    @Test
    void theIncidentAddressIsOneLineThatFitsItsColumn() {
        for (String address :
                java.util.List.of("x".repeat(AlertDraft.MAX_INCIDENT_ADDRESS + 1), "Kerkstraat 1\nBcc: x")) {
            InvalidAlertException e = assertThrows(
                    InvalidAlertException.class,
                    () -> new AlertDraft(
                            AlertType.AMBER,
                            null,
                            CONTENT,
                            address,
                            Optional.empty(),
                            Optional.empty(),
                            Set.of("email"),
                            Optional.empty(),
                            NOW.plusSeconds(60)));
            assertEquals("incidentAddress", e.field());
        }
    }

    @Test
    void onlyANationalAlertGoesWithoutAnArea() {
        InvalidAlertException e = assertThrows(
                InvalidAlertException.class,
                () -> new AlertDraft(
                        AlertType.SUSPECT,
                        null,
                        CONTENT,
                        "",
                        Optional.empty(),
                        Optional.empty(),
                        Set.of("email"),
                        Optional.empty(),
                        NOW.plusSeconds(60)));
        assertEquals("area", e.field());
        AlertDraft amber = new AlertDraft(
                AlertType.AMBER,
                null,
                CONTENT,
                "",
                Optional.empty(),
                Optional.empty(),
                Set.of("email"),
                Optional.empty(),
                NOW.plusSeconds(60));
        assertEquals(AlertPriority.NORMAL, amber.priority());
    }

    @Test
    void anAlertNeedsAChannelAndExpiresAfterItStarts() {
        assertEquals(
                "channels",
                assertThrows(
                                InvalidAlertException.class,
                                () -> new AlertDraft(
                                        AlertType.AMBER,
                                        null,
                                        CONTENT,
                                        "",
                                        Optional.empty(),
                                        Optional.empty(),
                                        Set.of(),
                                        Optional.empty(),
                                        NOW))
                        .field());
        assertEquals(
                "expiresAt",
                assertThrows(
                                InvalidAlertException.class,
                                () -> new AlertDraft(
                                        AlertType.AMBER,
                                        null,
                                        CONTENT,
                                        "",
                                        Optional.empty(),
                                        Optional.empty(),
                                        Set.of("email"),
                                        Optional.of(NOW),
                                        NOW.minusSeconds(1)))
                        .field());
    }
}
