package nl.burgernet.infrastructure.demo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.burgernet.application.participant.AccessTokens;
import nl.burgernet.domain.model.participant.Participant;
import nl.burgernet.domain.model.participant.ParticipantStatus;
import nl.burgernet.infrastructure.tenancy.TenantContext;

/** Stores one batch of generated participants for one municipality, in a transaction of its own. */
@Stateless
public class DemoParticipantWriter {

    @PersistenceContext(unitName = "burgernet")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void store(long municipalityId, List<DemoParticipants.Generated> batch) {
        em.setProperty(TenantContext.PROPERTY, municipalityId);
        for (DemoParticipants.Generated g : batch) {
            Participant p = new Participant(
                    ParticipantStatus.ACTIVE, AccessTokens.hash(AccessTokens.newToken()), g.createdAt());
            p.update(g.details());
            em.persist(p);
        }
    }
}
