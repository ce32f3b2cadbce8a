package nl.burgernet.interfaces.operator;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.burgernet.application.alert.AlertNotFoundException;
import nl.burgernet.application.reply.ReplyService;
import nl.burgernet.application.reply.ReplyView;
import nl.burgernet.interfaces.security.Messages;

/**
 * The replies panel of the alert page: residents' tips, newest first, refreshed every few seconds. Residents are
 * pseudonymous (a number); their contact details appear only when the operator asks, and the asking is audited.
 */
@Named
@ViewScoped
public class RepliesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX = 200;

    @Inject
    transient ReplyService replies;

    @Inject
    transient Messages messages;

    private Long alertId;
    private boolean showAll;
    private List<ReplyView> shown = List.of();
    private final Map<Long, ReplyService.ContactDetails> revealed = new HashMap<>();

    /** Called by the page with the alert's id; reads the replies the first time. */
    public void load(Long id) {
        if (alertId == null && id != null) {
            alertId = id;
            refresh();
        }
    }

    public void refresh() {
        if (alertId == null) {
            return;
        }
        try {
            shown = replies.replies(alertId, !showAll, MAX);
        } catch (AlertNotFoundException e) {
            shown = List.of();
        }
    }

    public void toggleUseful(ReplyView reply) {
        replies.markUseful(alertId, reply.id(), !reply.useful());
        refresh();
    }

    public void refileAsTip(ReplyView reply) {
        replies.refileAsTip(alertId, reply.id());
        refresh();
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get("replies.refiled"), null));
    }

    /** Whether the reply may be re-filed as a tip: an auto-reply or a bounce (never an unsubscribe). */
    public boolean canRefile(ReplyView reply) {
        return "AUTO_REPLY".equals(reply.kind()) || "BOUNCE".equals(reply.kind());
    }

    public void revealContact(ReplyView reply) {
        revealed.put(reply.id(), replies.revealContact(alertId, reply.id()));
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get("replies.revealed"), null));
    }

    public ReplyService.ContactDetails contactOf(ReplyView reply) {
        return revealed.get(reply.id());
    }

    public String receivedAt(ReplyView reply) {
        return OperatorFormats.dateTime(reply.receivedAt());
    }

    public long getTipCount() {
        return shown.stream().filter(r -> "REPLY".equals(r.kind())).count();
    }

    public List<ReplyView> getReplies() {
        return shown;
    }

    public boolean isShowAll() {
        return showAll;
    }

    public void setShowAll(boolean showAll) {
        this.showAll = showAll;
    }

    public Long getAlertId() {
        return alertId;
    }
}
