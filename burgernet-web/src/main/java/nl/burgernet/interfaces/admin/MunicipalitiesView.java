package nl.burgernet.interfaces.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.burgernet.application.channel.AvailableChannels;
import nl.burgernet.application.municipality.MunicipalityService;
import nl.burgernet.application.municipality.MunicipalityView;
import nl.burgernet.channel.api.ChannelDescriptor;
import nl.burgernet.interfaces.security.Messages;

/**
 * The platform admin's list of municipalities, with a form to add one or change its settings. Only platform admins
 * reach the page (web.xml) and the service's writes ({@code @RolesAllowed}).
 */
@Named
@ViewScoped
public class MunicipalitiesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(MunicipalitiesView.class.getName());
    static final String FORM = "municipalityForm";

    @Inject
    MunicipalityService municipalities;

    @Inject
    Messages messages;

    @Inject
    AvailableChannels channels;

    private List<Row> rows = List.of();
    private MunicipalityForm form;
    private Long editingId;

    /** A line of the table (a record of plain values, so the view stays serializable). */
    public record Row(
            long id,
            String cbsCode,
            String name,
            String contactEmail,
            String brandColour,
            String language,
            List<String> channels,
            String region,
            boolean requiresApproval,
            int weeklyBudget)
            implements Serializable {

        static Row of(MunicipalityView m) {
            var s = m.settings();
            return new Row(
                    m.id(),
                    m.cbsCode(),
                    m.name(),
                    s.contactEmail(),
                    s.brandColour(),
                    s.defaultLanguage(),
                    s.enabledChannels().stream().sorted().toList(),
                    m.alertPolicy().region().orElse(""),
                    m.alertPolicy().requiresApproval(),
                    m.alertPolicy().weeklyBudget());
        }
    }

    @PostConstruct
    void reload() {
        rows = municipalities.all().stream().map(Row::of).toList();
    }

    public void startNew() {
        form = MunicipalityForm.blank(channels.deployed().stream()
                .filter(ChannelDescriptor::onByDefault)
                .map(ChannelDescriptor::id)
                .toList());
        editingId = null;
    }

    public void edit(long id) {
        municipalities.find(id).ifPresent(m -> {
            form = MunicipalityForm.of(m, deployedIds());
            editingId = id;
        });
    }

    public void cancel() {
        form = null;
        editingId = null;
    }

    public void save() {
        boolean creating = editingId == null;
        List<MunicipalityForm.Problem> problems = new ArrayList<>(form.validate(creating, deployedIds()));
        if (creating
                && problems.stream().noneMatch(p -> p.field().equals("cbsCode"))
                && municipalities.findByCbsCode(form.cbsCode()).isPresent()) {
            problems.add(new MunicipalityForm.Problem("cbsCode", "municipalities.error.cbsCodeTaken"));
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!problems.isEmpty()) {
            for (MunicipalityForm.Problem p : problems) {
                faces.addMessage(FORM + ":" + p.field(), error(messages.get(p.messageKey())));
            }
            faces.validationFailed();
            return;
        }
        try {
            MunicipalityView saved = creating
                    ? municipalities.create(form.cbsCode(), form.name(), form.toSettings(), form.toAlertPolicy())
                    : municipalities.update(editingId, form.name(), form.toSettings(), form.toAlertPolicy());
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO, messages.format("municipalities.saved", saved.name()), null));
            cancel();
            reload();
        } catch (EJBException e) {
            // Checked above; what is left is a race (the same CBS code saved twice at once) or a database failure.
            LOG.log(Level.WARNING, "Saving municipality " + form.cbsCode() + " failed", e);
            faces.addMessage(null, error(messages.get("municipalities.error.saveFailed")));
            faces.validationFailed();
        }
    }

    private static FacesMessage error(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
    }

    public List<Row> getRows() {
        return rows;
    }

    public MunicipalityForm getForm() {
        return form;
    }

    public boolean isEditing() {
        return form != null;
    }

    public boolean isCreating() {
        return form != null && editingId == null;
    }

    /** The deployed channels, and any other channel id the municipality had on (kept, so saving never drops it). */
    public List<String> getChannelIds() {
        List<String> ids = new ArrayList<>(deployedIds());
        if (form != null) {
            ids.addAll(form.getOtherChannels());
        }
        return ids;
    }

    /** A channel's name in the UI's language, from its plugin; a channel no deployed plugin provides by its id. */
    public String channelLabel(String id) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return channels.find(id).map(c -> c.label(locale)).orElse(id);
    }

    private List<String> deployedIds() {
        return channels.deployed().stream().map(ChannelDescriptor::id).toList();
    }
}
