package nl.burgernet.application.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import nl.burgernet.domain.model.alert.Alert;
import nl.burgernet.domain.model.alert.AlertContent;
import nl.burgernet.domain.model.alert.AlertMessage;
import nl.burgernet.domain.model.alert.MessageKind;
import nl.burgernet.infrastructure.dispatch.DispatchQueues;

/**
 * Writes a message of an alert and queues its snapshot, in the caller's transaction: the message and the JMS
 * message that will dispatch it commit together or not at all.
 */
@ApplicationScoped
public class DispatchStart {

    @PersistenceContext(unitName = "burgernet")
    EntityManager em;

    @Inject
    DispatchQueues queues;

    /** The first message (sequence 0), with the alert's own title, text and instructions. */
    public AlertMessage firstMessage(Alert alert, String actor) {
        return write(new AlertMessage(alert.id(), 0, MessageKind.ALERT, alert.content(), actor, Instant.now()));
    }

    /** An update or the outcome: the next sequence number. */
    public AlertMessage followUp(Alert alert, MessageKind kind, AlertContent content, String actor) {
        Integer last = em.createQuery(
                        "SELECT MAX(m.sequence) FROM AlertMessage m WHERE m.alertId = :alert", Integer.class)
                .setParameter("alert", alert.id())
                .getSingleResult();
        if (last == null) {
            throw new IllegalStateException("Alert " + alert.reference() + " has no first message to follow up");
        }
        return write(new AlertMessage(alert.id(), last + 1, kind, content, actor, Instant.now()));
    }

    private AlertMessage write(AlertMessage message) {
        em.persist(message);
        em.flush();
        queues.snapshot(message.id());
        return message;
    }
}
