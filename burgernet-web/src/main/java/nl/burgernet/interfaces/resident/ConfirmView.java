package nl.burgernet.interfaces.resident;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.burgernet.application.resident.ConfirmOutcome;
import nl.burgernet.application.resident.ResidentService;

/** The confirmation link: opening it confirms (as residents expect from double opt-in), then offers the settings. */
@Named
@RequestScoped
public class ConfirmView {

    @Inject
    ResidentService residents;

    private String token;
    private ConfirmOutcome outcome;

    public void load() {
        outcome = residents.confirm(token);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getStatus() {
        return outcome == null
                ? ConfirmOutcome.Status.INVALID.name()
                : outcome.status().name();
    }

    public String getMunicipalityName() {
        return outcome.municipalityName().orElse("");
    }

    public String getManageToken() {
        return outcome.manageToken().orElse("");
    }
}
