package nl.burgernet.it.tenancy;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.burgernet.domain.model.participant.Participant;
import nl.burgernet.domain.model.participant.ParticipantDetails;
import nl.burgernet.domain.model.participant.ParticipantStatus;
import nl.burgernet.infrastructure.tenancy.TenantContext;

/** Writes fixture participants for a given municipality, each in a transaction of its own. */
@Stateless
public class ParticipantWriter {

    @PersistenceContext(unitName = "burgernet")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long add(long municipalityId, ParticipantDetails details) {
        em.setProperty(TenantContext.PROPERTY, municipalityId);
        Participant p =
                new Participant(ParticipantStatus.ACTIVE, Long.toHexString(System.nanoTime()) + details.email());
        p.update(details);
        em.persist(p);
        em.flush();
        return p.id();
    }
}
