package nl.burgernet.interfaces.operator;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import nl.burgernet.application.alert.AlertNotFoundException;
import nl.burgernet.application.alert.AlertService;
import nl.burgernet.application.alert.AlertView;
import nl.burgernet.application.alert.MessageView;
import nl.burgernet.application.alert.NationalReachRefusedException;
import nl.burgernet.application.dispatch.AlertPageLinks;
import nl.burgernet.application.dispatch.ChannelProgress;
import nl.burgernet.application.dispatch.RecipientCount;
import nl.burgernet.domain.model.alert.AlertContent;
import nl.burgernet.domain.model.alert.AlertStatus;
import nl.burgernet.domain.model.alert.ApprovalRefusedException;
import nl.burgernet.domain.model.alert.IllegalTransitionException;
import nl.burgernet.domain.model.alert.InvalidAlertException;
import nl.burgernet.interfaces.security.CurrentUser;

/**
 * One alert, opened by {@code ?id=}: its details, its messages with a progress bar per channel (refreshed by the page
 * while anything is on its way), and what the operator can do next given its status: approve, launch, cancel, send an
 * update, end it with the outcome. The id only ever goes to the service, which answers "not found" for another
 * municipality's alert.
 */
@Named
@ViewScoped
public class AlertPageView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String UPDATE_FORM = "updateForm";
    static final String END_FORM = "endForm";
    private static final Set<String> UPDATE_FIELDS = Set.of("title", "body", "instructions");
    private static final Set<String> END_FIELDS = Set.of("outcome");
    private static final Set<AlertStatus> PUBLISHED =
            EnumSet.of(AlertStatus.DISPATCHING, AlertStatus.ACTIVE, AlertStatus.ENDED);
    private static final Set<AlertStatus> CANCELLABLE =
            EnumSet.of(AlertStatus.DRAFT, AlertStatus.APPROVED, AlertStatus.SCHEDULED);

    @Inject
    AlertService alerts;

    @Inject
    CurrentUser currentUser;

    @Inject
    AlertPageLinks alertPages;

    private Long id;
    private boolean found;
    private AlertDetails alert;
    private String publicPage;
    private List<MessageBlock> messages = List.of();
    private String launchCount = "";
    private String updateTitle = "";
    private String updateBody = "";
    private String updateInstructions = "";
    private String outcome = "";

    /** The f:viewAction. */
    public void load() {
        if (id == null) {
            found = false;
            return;
        }
        try {
            refresh();
            found = true;
            updateTitle = alert.title();
            if (alert.status() == AlertStatus.DRAFT || alert.status() == AlertStatus.APPROVED) {
                launchCount = countNow();
            }
        } catch (AlertNotFoundException e) {
            found = false;
        }
    }

    /** Reads the alert and its progress again: on load, after each step, and on every poll while it dispatches. */
    public void refresh() {
        AlertView view = alerts.get(id);
        List<ChannelProgress> progress = alerts.progress(id);
        alert = AlertDetails.of(view);
        // The public page exists once the alert has gone out; before that its link would show a 404.
        publicPage = PUBLISHED.contains(view.status())
                ? alertPages.of(view.alert()).map(Object::toString).orElse(null)
                : null;
        List<MessageBlock> blocks = new ArrayList<>();
        for (MessageView m : view.messages()) {
            blocks.add(MessageBlock.of(
                    m,
                    progress.stream()
                            .filter(p -> p.sequence() == m.sequence())
                            .map(ChannelBar::of)
                            .toList()));
        }
        messages = List.copyOf(blocks);
    }

    /**
     * The page's poll. When the alert starts or stops going out (its scheduled start came, or it expired), the page
     * reloads, so the forms for updates and the outcome appear or go.
     */
    public void poll() throws IOException {
        boolean wasLive = isLive();
        refresh();
        if (wasLive != isLive()) {
            ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
            ext.redirect(ext.getRequestContextPath() + "/operator/alert.xhtml?id=" + id);
        }
    }

    private String countNow() {
        var draft = alerts.get(id).alert().draft();
        RecipientCount count = alerts.preview(draft.type(), draft.priority(), draft.area(), draft.channels());
        return OperatorTexts.of(FacesContext.getCurrentInstance())
                .count(count, draft.channels().stream().sorted().toList());
    }

    /**
     * Whether the page should keep polling: the alert waits for its start or is dispatching, or a message (an update,
     * the outcome) has not reached everyone yet.
     */
    public boolean isInProgress() {
        if (alert == null) {
            return false;
        }
        return alert.status() == AlertStatus.DISPATCHING
                || alert.status() == AlertStatus.SCHEDULED
                || messages.stream().anyMatch(m -> !m.completed());
    }

    public String approve() {
        return step(() -> alerts.approve(id), "alert.approved");
    }

    public String launch() {
        return step(() -> alerts.launch(id), "alert.launched");
    }

    public String cancel() {
        return step(() -> alerts.cancel(id), "alert.cancelled");
    }

    public String sendUpdate() {
        AlertContent content;
        try {
            content = new AlertContent(updateTitle, updateBody, updateInstructions);
        } catch (InvalidAlertException e) {
            new AlertFeedback(FacesContext.getCurrentInstance()).fieldError(UPDATE_FORM, UPDATE_FIELDS, e);
            return null;
        }
        return step(() -> alerts.update(id, content), "alert.updateSent", UPDATE_FORM, UPDATE_FIELDS);
    }

    public String end() {
        return step(() -> alerts.end(id, outcome), "alert.ended", END_FORM, END_FIELDS);
    }

    private String step(Supplier<AlertView> work, String doneKey) {
        return step(work, doneKey, null, Set.of());
    }

    /** Runs one step of the alert's life; on success the page reloads with a message, otherwise it says why. */
    private String step(Supplier<AlertView> work, String doneKey, String formId, Set<String> fields) {
        AlertFeedback feedback = new AlertFeedback(FacesContext.getCurrentInstance());
        try {
            work.get();
            feedback.flash(doneKey, alert.reference());
            return "/operator/alert.xhtml?faces-redirect=true&id=" + id;
        } catch (InvalidAlertException e) {
            feedback.fieldError(formId, fields, e);
        } catch (ApprovalRefusedException e) {
            feedback.error("alert.error.approvalRefused");
        } catch (NationalReachRefusedException e) {
            feedback.error("alert.error.nationalReach");
        } catch (IllegalTransitionException e) {
            feedback.error("alert.error.transition");
        } catch (AlertNotFoundException e) {
            found = false;
            feedback.error("alert.notFound");
            return null;
        } catch (EJBAccessException e) {
            feedback.error("alert.error.notAllowed");
        }
        refresh();
        return null;
    }

    private boolean createdByMe() {
        return alert != null
                && currentUser.user() != null
                && alert.createdBy().equals(currentUser.user().username());
    }

    /** Four eyes: another operator than the author approves. */
    public boolean isMayApprove() {
        return alert != null && alert.awaitingSecondOperator() && !createdByMe();
    }

    /** The author of a draft that waits for a colleague's approval. */
    public boolean isWaitingForColleague() {
        return alert != null && alert.awaitingSecondOperator() && createdByMe();
    }

    public boolean isMayLaunch() {
        return alert != null
                && (alert.status() == AlertStatus.APPROVED
                        || (alert.status() == AlertStatus.DRAFT && !alert.awaitingSecondOperator()));
    }

    public boolean isMayEdit() {
        return alert != null && alert.status() == AlertStatus.DRAFT;
    }

    public boolean isMayCancel() {
        return alert != null && CANCELLABLE.contains(alert.status());
    }

    /** Updates and the outcome go to an alert that went out and has not ended. */
    public boolean isLive() {
        return alert != null && alert.status().isLive();
    }

    /** The first message's deliveries per channel: who was reached how. */
    public List<ChannelBar> getRecipients() {
        return messages.isEmpty() ? List.of() : messages.getFirst().bars();
    }

    public String areaText() {
        if (alert == null || alert.shape().isEmpty()) {
            return OperatorTexts.of(FacesContext.getCurrentInstance()).get("alert.area.national");
        }
        OperatorTexts texts = OperatorTexts.of(FacesContext.getCurrentInstance());
        return AlertForm.CIRCLE.equals(alert.shape())
                ? texts.format(
                        "alert.area.circle",
                        alert.radiusKilometres(
                                FacesContext.getCurrentInstance().getViewRoot().getLocale()),
                        alert.latitude(),
                        alert.longitude())
                : texts.format("alert.area.polygon", alert.corners());
    }

    public String channelLabel(String channelId) {
        return OperatorTexts.of(FacesContext.getCurrentInstance()).channel(channelId);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isFound() {
        return found;
    }

    /** The alert's public page (the short link in an SMS), to check or pass on; null before it goes out. */
    public String getPublicPage() {
        return publicPage;
    }

    public AlertDetails getAlert() {
        return alert;
    }

    public List<MessageBlock> getMessages() {
        return messages;
    }

    public String getLaunchCount() {
        return launchCount;
    }

    public String getUpdateTitle() {
        return updateTitle;
    }

    public void setUpdateTitle(String updateTitle) {
        this.updateTitle = updateTitle;
    }

    public String getUpdateBody() {
        return updateBody;
    }

    public void setUpdateBody(String updateBody) {
        this.updateBody = updateBody;
    }

    public String getUpdateInstructions() {
        return updateInstructions;
    }

    public void setUpdateInstructions(String updateInstructions) {
        this.updateInstructions = updateInstructions;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }
}
