package nl.burgernet.application.resident;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;

/**
 * The one place resident self-service reads across municipalities, on purpose: "send me my personal link" is asked
 * with nothing but an e-mail address, which may be registered in several municipalities. It answers ids only (no
 * contact details leave it), and each hit is then handled inside its own municipality. Native SQL, because
 * EclipseLink's tenant filter applies to every JPQL query of participants; EclipseLink refuses native SQL in a
 * persistence unit with multitenant entities unless a query opts in, as this one does, by name.
 */
@Stateless
public class CrossTenantParticipants {

    private static final String ALLOW_NATIVE_SQL = "eclipselink.jdbc.allow-native-sql-query";

    @PersistenceContext(unitName = "burgernet")
    EntityManager em;

    /** Every registration with this address (case-insensitive), in any municipality. */
    public List<Registration> findByEmail(String email) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT municipality_id, id FROM participant WHERE LOWER(email) = ? ORDER BY municipality_id")
                .setHint(ALLOW_NATIVE_SQL, Boolean.TRUE)
                .setParameter(1, email.toLowerCase(Locale.ROOT))
                .getResultList();
        return rows.stream()
                .map(r -> new Registration(((Number) r[0]).longValue(), ((Number) r[1]).longValue()))
                .toList();
    }

    public record Registration(long municipalityId, long participantId) {}
}
