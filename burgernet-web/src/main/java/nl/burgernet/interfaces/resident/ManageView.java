package nl.burgernet.interfaces.resident;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import nl.burgernet.application.resident.ResidentAccount;
import nl.burgernet.application.resident.ResidentService;
import nl.burgernet.application.resident.UpdateOutcome;

/**
 * The resident's settings page, opened with their manage link: addresses, channels, quiet hours, language, e-mail
 * address; turning e-mail back on; links to the data download and to erasure.
 */
@Named
@ViewScoped
public class ManageView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Inject
    ResidentService residents;

    private String token;
    private ResidentAccount account;
    private ResidentFormModel form;
    private List<String> errors = List.of();
    private String notice;
    private boolean linkValid;
    private boolean closed;
    /** As stored (not as typed): an e-mail channel is off. */
    private boolean emailOff;

    public void load() {
        account = residents.open(token).orElse(null);
        linkValid = account != null;
        if (linkValid) {
            form = ResidentFormModel.of(account.details(), residents.channelsOfManageLink(token), texts().locale());
            emailOff = form.isEmailOff();
        }
    }

    public void save() {
        ResidentTexts texts = texts();
        switch (residents.update(token, form.toForm())) {
            case UpdateOutcome.Invalid invalid -> {
                errors = invalid.errors().stream().map(texts::error).toList();
                notice = null;
            }
            case UpdateOutcome.Saved saved -> {
                errors = List.of();
                switch (saved.newEmail()) {
                    case UNCHANGED -> {
                        notice = texts.get("manage.saved");
                        reload();
                    }
                    // The form closes either way: whoever controls the new mailbox continues from its mail.
                    case CONFIRMATION_SENT -> {
                        notice = texts.get("manage.newEmailSent");
                        closed = true;
                    }
                    case MAIL_FAILED -> {
                        notice = texts.get("manage.newEmailFailed");
                        closed = true;
                    }
                }
            }
            case UpdateOutcome.LinkInvalid ignored -> linkValid = false;
        }
    }

    public void turnEmailOn() {
        if (residents.resubscribe(token)) {
            notice = texts().get("manage.emailOnDone");
            reload();
        } else {
            linkValid = false;
        }
    }

    private void reload() {
        account = residents.open(token).orElse(null);
        linkValid = account != null;
        if (linkValid) {
            form = ResidentFormModel.of(account.details(), residents.channelsOfManageLink(token), texts().locale());
            emailOff = form.isEmailOff();
        }
    }

    private static ResidentTexts texts() {
        return new ResidentTexts(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public String getSignedUpAt() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(texts().locale())
                .format(account.signedUpAt().atZone(AMSTERDAM));
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public ResidentAccount getAccount() {
        return account;
    }

    public ResidentFormModel getForm() {
        return form;
    }

    public List<String> getErrors() {
        return errors;
    }

    public String getNotice() {
        return notice;
    }

    public boolean isEmailOff() {
        return emailOff;
    }

    public boolean isLinkValid() {
        return linkValid;
    }

    /** The resident moved to a new e-mail address: only the notice is shown, no form. */
    public boolean isClosed() {
        return closed;
    }
}
