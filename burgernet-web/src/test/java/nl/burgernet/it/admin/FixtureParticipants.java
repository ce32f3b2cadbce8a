package nl.burgernet.it.admin;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import nl.burgernet.application.participant.AccessTokens;
import nl.burgernet.domain.model.participant.Participant;
import nl.burgernet.domain.model.participant.ParticipantDetails;
import nl.burgernet.domain.model.participant.ParticipantStatus;
import nl.burgernet.infrastructure.tenancy.TenantContext;

/** Writes one fixture participant for a given municipality, with the status and sign-up date a table shows. */
@Stateless
public class FixtureParticipants {

    @PersistenceContext(unitName = "burgernet")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long add(long municipalityId, ParticipantDetails details, ParticipantStatus status, Instant signedUp) {
        em.setProperty(TenantContext.PROPERTY, municipalityId);
        ParticipantStatus initial = status == ParticipantStatus.UNSUBSCRIBED ? ParticipantStatus.ACTIVE : status;
        Participant p = new Participant(initial, AccessTokens.hash(AccessTokens.newToken()), signedUp);
        p.update(details);
        if (status == ParticipantStatus.UNSUBSCRIBED) {
            Instant later = signedUp.plusSeconds(86_400 * 30L);
            p.contacts().forEach(c -> p.unsubscribe(c.channel(), later));
        }
        em.persist(p);
        em.flush();
        return p.id();
    }
}
