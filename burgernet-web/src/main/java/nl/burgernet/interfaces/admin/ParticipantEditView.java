package nl.burgernet.interfaces.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.burgernet.application.channel.AvailableChannels;
import nl.burgernet.application.participant.AddressGeocoding;
import nl.burgernet.application.participant.ParticipantNotFoundException;
import nl.burgernet.application.participant.ParticipantRecord;
import nl.burgernet.application.participant.ParticipantService;
import nl.burgernet.domain.model.participant.FieldError;
import nl.burgernet.domain.model.participant.ParticipantDetails;
import nl.burgernet.domain.model.participant.ParticipantStatus;
import nl.burgernet.domain.model.participant.ParticipantValidator;
import nl.burgernet.domain.model.participant.ValidationMessages;
import nl.burgernet.domain.model.participant.ValidationResult;
import nl.burgernet.interfaces.security.Messages;

/**
 * One participant, opened by {@code ?id=} (or a new one without): edit, save, delete. Checks run in the order a
 * person fixes them: typed values first ({@link ParticipantValidator}), then whether the addresses exist
 * ({@link AddressGeocoding}), then whether the e-mail address is taken. The id is only ever handed to the service,
 * which answers "not found" for another municipality's participant, also when the id was changed in the request.
 */
@Named
@ViewScoped
public class ParticipantEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "participantForm";
    private static final ParticipantValidator VALIDATOR = new ParticipantValidator();

    @Inject
    ParticipantService participants;

    @Inject
    AddressGeocoding geocoding;

    @Inject
    Messages messages;

    @Inject
    AvailableChannels channels;

    private Long id;
    private boolean found;
    private ParticipantForm form;
    private String originalEmail;
    private String displayName;
    private ParticipantStatus status;
    private Instant createdAt;

    /** The f:viewAction: loads the participant named in the URL, or prepares an empty form. */
    public void load() {
        if (id == null) {
            form = ParticipantForm.blank(channels.here(), locale());
            found = true;
            return;
        }
        Optional<ParticipantRecord> record = participants.open(id);
        found = record.isPresent();
        record.ifPresent(this::show);
    }

    private void show(ParticipantRecord r) {
        form = ParticipantForm.of(r.details(), channels.here(), locale());
        originalEmail = r.details().email();
        displayName = r.details().displayName();
        status = r.status();
        createdAt = r.createdAt();
    }

    public String save() {
        List<FieldError> errors = new ArrayList<>();
        form.channelError().ifPresent(errors::add);
        ValidationResult typed = VALIDATOR.validate(form.toInput(), channels.here());
        errors.addAll(typed.errors());
        if (!errors.isEmpty()) {
            return showErrors(errors);
        }
        AddressGeocoding.Result located = geocoding.locate(typed.valid());
        if (located.details().isEmpty()) {
            return showErrors(located.errors());
        }
        ParticipantDetails found = located.details().get();
        ParticipantDetails details = found.withEmailAndDisplayName(found.email(), displayName);
        if (emailTakenByAnother(details.email())) {
            return showErrors(List.of(FieldError.of("email", "import.emailExists")));
        }
        try {
            if (id == null) {
                long created = participants.create(details);
                flash(messages.get("participant.created"));
                return "/admin/participant.xhtml?faces-redirect=true&id=" + created;
            }
            ParticipantRecord saved = participants.update(id, details);
            originalEmail = details.email();
            form = ParticipantForm.of(saved.details(), channels.here(), locale());
            info(messages.get("participant.saved"));
            return null;
        } catch (ParticipantNotFoundException e) {
            return notFound();
        }
    }

    public String delete() {
        if (id == null) {
            return null;
        }
        try {
            participants.delete(id);
            flash(messages.get("participant.deleted"));
            return "/admin/participants.xhtml?faces-redirect=true";
        } catch (ParticipantNotFoundException e) {
            return notFound();
        }
    }

    public void addAddress() {
        form.addAddress();
    }

    public void removeAddress(int index) {
        form.removeAddress(index);
    }

    private boolean emailTakenByAnother(String email) {
        if (email.equals(originalEmail)) {
            return false;
        }
        return participants.existingEmails(List.of(email)).contains(email);
    }

    private String showErrors(List<FieldError> errors) {
        FacesContext faces = FacesContext.getCurrentInstance();
        var locale = faces.getViewRoot().getLocale();
        for (FieldError error : errors) {
            faces.addMessage(
                    FieldErrorTargets.clientId(FORM, error.field(), form.channelIds()),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, ValidationMessages.render(error, locale), null));
        }
        faces.addMessage(
                null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("participant.fixErrors"), null));
        faces.validationFailed();
        return null;
    }

    /** Whatever the reason (another municipality's id, deleted meanwhile), the form goes and nothing is shown. */
    private String notFound() {
        found = false;
        form = null;
        FacesContext.getCurrentInstance()
                .addMessage(
                        null,
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("participant.notFound"), null));
        return null;
    }

    private static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private static void flash(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        info(text);
    }

    public boolean isCreating() {
        return id == null;
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

    public ParticipantForm getForm() {
        return form;
    }

    public ParticipantStatus getStatus() {
        return status;
    }

    public String getSignedUp() {
        return createdAt == null ? "" : AdminFormats.date(createdAt);
    }
}
