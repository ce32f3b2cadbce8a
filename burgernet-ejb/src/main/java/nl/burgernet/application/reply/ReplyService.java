package nl.burgernet.application.reply;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.burgernet.application.alert.AlertNotFoundException;
import nl.burgernet.application.audit.AuditLog;
import nl.burgernet.domain.model.alert.Alert;
import nl.burgernet.domain.model.identity.Role;
import nl.burgernet.domain.model.municipality.Municipality;
import nl.burgernet.infrastructure.reply.ReplyStore;
import nl.burgernet.infrastructure.tenancy.TenantContext;
import nl.burgernet.infrastructure.tenancy.Tenanted;

/**
 * What an operator sees of residents' answers to the current municipality's alerts. Residents are pseudonymous:
 * a reply names the participant by number; their contact details come only on request, and every request is
 * audited with who asked and why it was possible (the alert and the reply) — in the resident's own municipality too
 * when a regional or national alert reached them from another.
 */
@Stateless
@Tenanted
@RolesAllowed({Role.Roles.OPERATOR, Role.Roles.MUNICIPALITY_ADMIN, Role.Roles.PLATFORM_ADMIN})
public class ReplyService {

    @PersistenceContext(unitName = "burgernet")
    EntityManager em;

    @Inject
    ReplyStore store;

    @Inject
    AuditLog audit;

    /** The alert's replies, newest first: tips only, or with auto-replies and bounces. */
    public List<ReplyView> replies(long alertId, boolean onlyTips, int max) {
        return store.replies(alert(alertId).id(), onlyTips, Math.max(1, Math.min(max, 1_000)));
    }

    public Optional<Map.Entry<String, byte[]>> photo(long alertId, long replyId, int position) {
        return store.photo(alert(alertId).id(), replyId, position);
    }

    public void markUseful(long alertId, long replyId, boolean useful) {
        Alert alert = alert(alertId);
        if (!store.markUseful(alert.id(), replyId, useful)) {
            throw new AlertNotFoundException(alertId);
        }
        audit.record(useful ? "reply.marked-useful" : "reply.unmarked", "reply", replyId, alert.reference());
    }

    /**
     * Re-files an auto-reply or a bounce as a tip: the operator read it and it was a resident's answer after all. What
     * it was filed as stays in its detail and in the audit log. A bounce counted toward the address's bounce score
     * when it came in; re-filing does not take that back (the score ages out by itself).
     */
    public void refileAsTip(long alertId, long replyId) {
        Alert alert = alert(alertId);
        String[] was = store.kindAndDetail(alert.id(), replyId).orElseThrow(() -> new AlertNotFoundException(alertId));
        if ("REPLY".equals(was[0])) {
            return;
        }
        String note = "Re-filed as a tip; came in as " + was[0] + (was[1].isEmpty() ? "" : " (" + was[1] + ")");
        if (!store.refileAsTip(alert.id(), replyId, note)) {
            throw new AlertNotFoundException(alertId);
        }
        audit.record("reply.refiled-as-tip", "reply", replyId, "was " + was[0] + ", alert " + alert.reference());
    }

    /** The participant's name, e-mail address and mobile number behind a reply; audited. */
    public ContactDetails revealContact(long alertId, long replyId) {
        Alert alert = alert(alertId);
        String[] c = store.contact(alert.id(), replyId).orElseThrow(() -> new AlertNotFoundException(alertId));
        String why = "for reply " + replyId + " to alert " + alert.reference();
        audit.record("participant.contact-revealed", "participant", c[0], why);
        long residentsMunicipality = Long.parseLong(c[4]);
        if (residentsMunicipality != TenantContext.require()) {
            // A regional or national alert reached another municipality's resident: that municipality sees it too.
            audit.recordFor(
                    residentsMunicipality, "participant.contact-revealed", "participant", c[0], why + " of " + owner());
        }
        return new ContactDetails(Long.parseLong(c[0]), c[1], c[2], c[3]);
    }

    /** The municipality the operator works for: the alert's owner. */
    private String owner() {
        Municipality m = em.find(Municipality.class, TenantContext.require());
        return m == null
                ? "another municipality"
                : m.name() + " (" + m.cbsCode().value() + ")";
    }

    /** Who sent a reply, as revealed on request. */
    public record ContactDetails(long participantId, String displayName, String email, String mobile) {}

    private Alert alert(long id) {
        Alert alert = em.find(Alert.class, id);
        if (alert == null) {
            throw new AlertNotFoundException(id);
        }
        return alert;
    }
}
