package nl.burgernet.application.alert;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import nl.burgernet.domain.model.geo.Coordinates;
import nl.burgernet.domain.model.identity.Role;
import nl.burgernet.infrastructure.tenancy.Tenanted;

/**
 * Where the operator's map opens: the middle of the current municipality's participants (the mean of their
 * addresses), so the incident is usually a click away. A municipality without participants has no middle yet.
 */
@Stateless
@Tenanted
@RolesAllowed({Role.Roles.OPERATOR, Role.Roles.MUNICIPALITY_ADMIN, Role.Roles.PLATFORM_ADMIN})
public class AlertMapCentre {

    @PersistenceContext(unitName = "burgernet")
    EntityManager em;

    public Optional<Coordinates> ofParticipants() {
        Object[] mean = em.createQuery(
                        "SELECT AVG(a.latitude), AVG(a.longitude) FROM ParticipantAddress a", Object[].class)
                .getSingleResult();
        if (mean[0] == null || mean[1] == null) {
            return Optional.empty();
        }
        return Optional.of(new Coordinates(((Number) mean[0]).doubleValue(), ((Number) mean[1]).doubleValue()));
    }
}
