package nl.burgernet.interfaces.resident;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import nl.burgernet.application.municipality.MunicipalityView;
import nl.burgernet.application.resident.ResidentService;
import nl.burgernet.application.resident.SignUpOutcome;

/**
 * The sign-up form. The municipality follows from the postcode; the list of municipalities is only needed when it
 * does not, and is shown opened then.
 */
@Named
@ViewScoped
public class SignUpView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ResidentService residents;

    private ResidentFormModel form;
    private Long municipalityId;
    private boolean askMunicipality;
    private List<String> errors = List.of();
    private String done;
    private boolean mailFailed;

    @PostConstruct
    void init() {
        Locale locale = texts().locale();
        form = ResidentFormModel.empty(locale.getLanguage(), residents.channelsForSignUp(), locale);
    }

    public void submit() {
        ResidentTexts texts = texts();
        switch (residents.signUp(form.toForm(), municipalityId)) {
            case SignUpOutcome.Invalid invalid -> {
                errors = invalid.errors().stream().map(texts::error).toList();
                askMunicipality |=
                        invalid.errors().stream().anyMatch(e -> ResidentService.MUNICIPALITY_FIELD.equals(e.field()));
            }
            case SignUpOutcome.Accepted accepted -> {
                errors = List.of();
                done = texts.get("signup.done.text", form.getEmail().strip(), accepted.municipalityName());
            }
            case SignUpOutcome.MailFailed failed -> {
                errors = List.of();
                mailFailed = true;
                done = texts.get("signup.mailFailed", failed.municipalityName());
            }
        }
    }

    public List<MunicipalityView> getMunicipalities() {
        return residents.municipalities();
    }

    private static ResidentTexts texts() {
        return new ResidentTexts(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public ResidentFormModel getForm() {
        return form;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public void setMunicipalityId(Long municipalityId) {
        this.municipalityId = municipalityId;
    }

    public boolean isAskMunicipality() {
        return askMunicipality;
    }

    public List<String> getErrors() {
        return errors;
    }

    public boolean isDone() {
        return done != null;
    }

    public String getDoneText() {
        return done;
    }

    public boolean isMailFailed() {
        return mailFailed;
    }
}
