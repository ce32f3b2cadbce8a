package nl.burgernet.it.alerts;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalTime;
import java.util.List;
import nl.burgernet.domain.model.municipality.AlertPolicy;
import nl.burgernet.domain.model.municipality.Municipality;
import nl.burgernet.domain.model.municipality.MunicipalitySettings;
import nl.burgernet.domain.model.participant.AddressDetails;
import nl.burgernet.domain.model.participant.ContactDetails;
import nl.burgernet.domain.model.participant.Participant;
import nl.burgernet.domain.model.participant.ParticipantDetails;
import nl.burgernet.domain.model.participant.ParticipantStatus;
import nl.burgernet.infrastructure.tenancy.TenantContext;

/** Writes the alert tests' fixture, each piece in a transaction of its own. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AlertFixtureWriter {

    @PersistenceContext(unitName = "burgernet")
    EntityManager em;

    public void configure(long municipalityId, AlertPolicy policy, String channels) {
        Municipality m = em.find(Municipality.class, municipalityId);
        m.applyAlertPolicy(policy);
        MunicipalitySettings s = m.settings();
        m.applySettings(new MunicipalitySettings(
                s.contactEmail(),
                s.senderName(),
                "burgernet@" + m.cbsCode().value().toLowerCase() + ".example.nl",
                "reply.example.nl",
                s.logoUrl(),
                s.brandColour(),
                s.defaultLanguage(),
                java.util.Set.of(channels.split(",")),
                null,
                null));
    }

    /** A participant at a point with e-mail and the given other contacts. */
    public long participantOn(long municipalityId, String email, double lat, double lon, List<ContactDetails> others) {
        em.setProperty(TenantContext.PROPERTY, municipalityId);
        Participant p = new Participant(ParticipantStatus.ACTIVE, Long.toHexString(System.nanoTime()) + email);
        List<ContactDetails> contacts = new java.util.ArrayList<>();
        contacts.add(new ContactDetails("email", email, true));
        contacts.addAll(others);
        p.update(new ParticipantDetails(
                email,
                "Deelnemer " + email.substring(0, email.indexOf('@')),
                1975,
                "nl",
                contacts,
                null,
                null,
                List.of(new AddressDetails("4331AB", 1, null, "Middelburg", lat, lon))));
        em.persist(p);
        em.flush();
        return p.id();
    }

    /** A participant at a point, with e-mail on and SMS on when a mobile number is given. */
    public long participant(
            long municipalityId,
            String email,
            String mobile,
            double lat,
            double lon,
            LocalTime quietFrom,
            LocalTime quietTo) {
        em.setProperty(TenantContext.PROPERTY, municipalityId);
        Participant p = new Participant(ParticipantStatus.ACTIVE, Long.toHexString(System.nanoTime()) + email);
        List<ContactDetails> contacts = new java.util.ArrayList<>();
        contacts.add(new ContactDetails("email", email, true));
        if (mobile != null) {
            contacts.add(new ContactDetails("sms", mobile, true));
        }
        p.update(new ParticipantDetails(
                email,
                "Deelnemer " + email.substring(0, email.indexOf('@')),
                1975,
                "nl",
                contacts,
                quietFrom,
                quietTo,
                List.of(new AddressDetails("3601AB", 1, null, "Maarssen", lat, lon))));
        em.persist(p);
        em.flush();
        return p.id();
    }
}
