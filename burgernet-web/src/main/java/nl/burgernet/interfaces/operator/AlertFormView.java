package nl.burgernet.interfaces.operator;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.burgernet.application.alert.AlertMapCentre;
import nl.burgernet.application.alert.AlertNotFoundException;
import nl.burgernet.application.alert.AlertService;
import nl.burgernet.application.alert.AlertView;
import nl.burgernet.application.alert.NationalReachRefusedException;
import nl.burgernet.application.dispatch.RecipientCount;
import nl.burgernet.domain.model.alert.AlertPriority;
import nl.burgernet.domain.model.alert.AlertStatus;
import nl.burgernet.domain.model.alert.AlertType;
import nl.burgernet.domain.model.alert.ApprovalRefusedException;
import nl.burgernet.domain.model.alert.IllegalTransitionException;
import nl.burgernet.domain.model.alert.InvalidAlertException;
import nl.burgernet.domain.model.alert.TargetArea;
import nl.burgernet.domain.model.geo.Coordinates;

/**
 * The alert form: a new alert, or a draft opened by {@code ?id=} to revise. The map on the page writes the area into
 * hidden fields and asks {@link #count()} for the live recipient count whenever the area, type, priority or channels
 * change. Saving keeps a draft; launching saves and launches, unless the municipality wants a second operator to
 * approve first, in which case the operator submits the draft for approval instead.
 */
@Named
@ViewScoped
public class AlertFormView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "alertForm";
    /** Form fields named like the domain's fields, so a refused field's error lands next to it. */
    static final Set<String> FIELDS = Set.of(
            "type",
            "priority",
            "title",
            "body",
            "instructions",
            "incidentAddress",
            "channels",
            "area",
            "radius",
            "startsAt",
            "expiresAt");
    /** Utrecht province, for a municipality without participants yet. */
    static final Coordinates FALLBACK_CENTRE = new Coordinates(52.08, 5.18);

    @Inject
    AlertService alerts;

    @Inject
    AlertMapCentre mapCentre;

    private Long id;
    private String reference;
    private boolean found = true;
    private boolean editable = true;
    private AlertForm form;
    private List<String> availableChannels = List.of();
    private boolean secondOperatorRequired;
    private boolean nationalReach;
    private double centreLatitude = FALLBACK_CENTRE.latitude();
    private double centreLongitude = FALLBACK_CENTRE.longitude();
    private int zoom = 10;
    private String countText = "";
    private Integer countParticipants;

    /** The f:viewAction. */
    public void load() {
        availableChannels = alerts.availableChannels();
        secondOperatorRequired = alerts.requiresSecondOperator();
        nationalReach = alerts.mayReachNationally();
        if (id == null) {
            form = AlertForm.blank(availableChannels);
        } else {
            try {
                AlertView view = alerts.get(id);
                reference = view.alert().reference();
                editable = view.status() == AlertStatus.DRAFT;
                form = AlertForm.of(view.alert().draft());
            } catch (AlertNotFoundException e) {
                found = false;
                return;
            }
        }
        Optional<Coordinates> start = form.area().flatMap(AlertForm::incidentOf);
        if (start.isPresent()) {
            centreOn(start.get(), 13);
        } else {
            mapCentre.ofParticipants().ifPresent(c -> centreOn(c, 12));
        }
        count();
    }

    private void centreOn(Coordinates c, int zoomLevel) {
        centreLatitude = c.latitude();
        centreLongitude = c.longitude();
        zoom = zoomLevel;
    }

    /** The live count for what the form shows now; called by the page as the operator draws and chooses. */
    public void count() {
        OperatorTexts texts = OperatorTexts.of(FacesContext.getCurrentInstance());
        countParticipants = null;
        List<String> channels = chosenChannels();
        if (channels.isEmpty()) {
            countText = texts.get("alertForm.count.noChannels");
            return;
        }
        boolean national = form.getType() != null && form.getType().reach() == AlertType.Reach.NATIONAL;
        Optional<TargetArea> area;
        try {
            area = national ? Optional.empty() : form.area();
        } catch (InvalidAlertException e) {
            countText = texts.error(e);
            return;
        }
        if (form.getType() == null || (area.isEmpty() && !national)) {
            countText = texts.get("alertForm.count.noArea");
            return;
        }
        if (national && !nationalReach) {
            countText = texts.get("alert.error.nationalReach");
            return;
        }
        RecipientCount count = alerts.preview(form.getType(), form.getPriority(), area, new LinkedHashSet<>(channels));
        countParticipants = count.participants();
        countText = texts.count(count, channels);
    }

    /** The chosen channels in the order the form lists them. */
    private List<String> chosenChannels() {
        List<String> chosen = form.getChannels() == null ? List.of() : form.getChannels();
        return availableChannels.stream().filter(chosen::contains).toList();
    }

    public String save() {
        return persist() == null ? null : toAlertPage("alertForm.saved");
    }

    /** Four eyes: the draft is kept for another operator to approve and launch. */
    public String submitForApproval() {
        return persist() == null ? null : toAlertPage("alertForm.submitted");
    }

    public String launch() {
        Long saved = persist();
        if (saved == null) {
            return null;
        }
        AlertFeedback feedback = new AlertFeedback(FacesContext.getCurrentInstance());
        try {
            AlertView launched = alerts.launch(saved);
            return toAlertPage(
                    launched.status() == AlertStatus.SCHEDULED ? "alertForm.scheduled" : "alertForm.launched");
        } catch (InvalidAlertException e) {
            feedback.fieldError(FORM, FIELDS, e);
        } catch (ApprovalRefusedException e) {
            feedback.error("alert.error.approvalRefused");
        } catch (NationalReachRefusedException e) {
            feedback.error("alert.error.nationalReach");
        } catch (IllegalTransitionException e) {
            feedback.error("alert.error.transition");
        }
        return null;
    }

    /** Saves the form as a draft; the alert's id, or null when something was refused (and shown). */
    private Long persist() {
        AlertFeedback feedback = new AlertFeedback(FacesContext.getCurrentInstance());
        if (!editable) {
            feedback.error("alert.error.transition");
            return null;
        }
        Instant now = Instant.now();
        List<InvalidAlertException> problems = form.problems(now);
        if (!problems.isEmpty()) {
            feedback.fieldErrors(FORM, FIELDS, problems);
            return null;
        }
        try {
            AlertView saved = id == null ? alerts.create(form.toDraft(now)) : alerts.revise(id, form.toDraft(now));
            id = saved.id();
            reference = saved.alert().reference();
            return id;
        } catch (InvalidAlertException e) {
            feedback.fieldError(FORM, FIELDS, e);
        } catch (NationalReachRefusedException e) {
            feedback.error("alert.error.nationalReach");
        } catch (IllegalTransitionException e) {
            feedback.error("alert.error.transition");
        } catch (AlertNotFoundException e) {
            feedback.error("alert.notFound");
        } catch (EJBAccessException e) {
            feedback.error("alert.error.notAllowed");
        }
        return null;
    }

    private String toAlertPage(String messageKey) {
        new AlertFeedback(FacesContext.getCurrentInstance()).flash(messageKey, reference);
        return "/operator/alert.xhtml?faces-redirect=true&id=" + id;
    }

    /**
     * The kinds of alert this login may send: an AMBER Alert only for the national control room (a draft of one that
     * someone else opens keeps its type, so the form shows what it is and refuses to save it).
     */
    public List<AlertType> getTypes() {
        return Arrays.stream(AlertType.values())
                .filter(t ->
                        nationalReach || t.reach() != AlertType.Reach.NATIONAL || (form != null && form.getType() == t))
                .toList();
    }

    public List<AlertPriority> getPriorities() {
        return Arrays.asList(AlertPriority.values());
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

    public boolean isCreating() {
        return reference == null;
    }

    public String getReference() {
        return reference;
    }

    public boolean isFound() {
        return found;
    }

    public boolean isEditable() {
        return editable;
    }

    public AlertForm getForm() {
        return form;
    }

    public List<String> getAvailableChannels() {
        return availableChannels;
    }

    public boolean isSecondOperatorRequired() {
        return secondOperatorRequired;
    }

    public String getCentreLatitude() {
        return String.format(Locale.ROOT, "%.6f", centreLatitude);
    }

    public String getCentreLongitude() {
        return String.format(Locale.ROOT, "%.6f", centreLongitude);
    }

    public int getZoom() {
        return zoom;
    }

    public String getCountText() {
        return countText;
    }

    /** The number of participants the alert reaches now, or null while the form cannot be counted. */
    public Integer getCountParticipants() {
        return countParticipants;
    }
}
