package nl.burgernet.application.alert;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.burgernet.domain.model.alert.AlertStatus;
import nl.burgernet.domain.model.alert.AlertType;
import nl.burgernet.domain.model.alert.MessageKind;
import nl.burgernet.domain.model.alert.PublicCode;

/**
 * What anyone may read of an alert once it has gone out, by the code of its public page: the municipality, the
 * messages as residents got them (the first, updates, the outcome) and whether it is still open. Never the area, the
 * incident's coordinates, who made it or who got it. Drafts, approved, scheduled and cancelled alerts have no page.
 *
 * <p>The page has no municipality to log in to, so this reads across municipalities on purpose, like
 * {@code CrossTenantParticipants}: native SQL, opted in by name, answering only the public fields.
 */
@Stateless
public class PublicAlerts {

    private static final String ALLOW_NATIVE_SQL = "eclipselink.jdbc.allow-native-sql-query";
    private static final List<String> PUBLISHED =
            List.of(AlertStatus.DISPATCHING.name(), AlertStatus.ACTIVE.name(), AlertStatus.ENDED.name());

    @PersistenceContext(unitName = "burgernet")
    EntityManager em;

    public Optional<PublicAlert> byCode(String typed) {
        Optional<String> code = PublicCode.parse(typed);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> alerts = em.createNativeQuery("SELECT a.id, a.reference, a.type, a.status, a.launched_at,"
                        + " a.ended_at, m.name FROM alert a JOIN municipality m ON m.id = a.municipality_id"
                        + " WHERE a.public_code = ? AND a.status IN (?, ?, ?)")
                .setHint(ALLOW_NATIVE_SQL, Boolean.TRUE)
                .setParameter(1, code.get())
                .setParameter(2, PUBLISHED.get(0))
                .setParameter(3, PUBLISHED.get(1))
                .setParameter(4, PUBLISHED.get(2))
                .getResultList();
        if (alerts.isEmpty()) {
            return Optional.empty();
        }
        Object[] a = alerts.get(0);
        long alertId = ((Number) a[0]).longValue();
        return Optional.of(new PublicAlert(
                code.get(),
                (String) a[1],
                AlertType.valueOf((String) a[2]),
                AlertStatus.valueOf((String) a[3]),
                instant(a[4]),
                instant(a[5]),
                (String) a[6],
                messages(alertId)));
    }

    private List<PublicMessage> messages(long alertId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT sequence_no, kind, title, body, instructions, created_at"
                        + " FROM alert_message WHERE alert_id = ? ORDER BY sequence_no")
                .setHint(ALLOW_NATIVE_SQL, Boolean.TRUE)
                .setParameter(1, alertId)
                .getResultList();
        return rows.stream()
                .map(r -> new PublicMessage(
                        ((Number) r[0]).intValue(),
                        MessageKind.valueOf((String) r[1]),
                        (String) r[2],
                        (String) r[3],
                        r[4] == null ? "" : (String) r[4],
                        instant(r[5])))
                .toList();
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Timestamp t -> t.toInstant();
            case Instant i -> i;
            case java.time.LocalDateTime l -> Timestamp.valueOf(l).toInstant();
            case java.time.OffsetDateTime o -> o.toInstant();
            default -> throw new IllegalStateException("Not a time: " + value.getClass());
        };
    }

    /**
     * @param launchedAt when it went out; null only in the moment between launch and the first write
     * @param endedAt when the outcome was sent or it expired; null while open
     */
    public record PublicAlert(
            String code,
            String reference,
            AlertType type,
            AlertStatus status,
            Instant launchedAt,
            Instant endedAt,
            String municipalityName,
            List<PublicMessage> messages) {

        public boolean open() {
            return status.isLive();
        }
    }

    public record PublicMessage(
            int sequence, MessageKind kind, String title, String body, String instructions, Instant sentAt) {}
}
