package nl.burgernet.interfaces.resident;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.burgernet.application.resident.ResidentService;

/** Erasure with a confirmation step: the manage page links here, and only the button on this page erases. */
@Named
@ViewScoped
public class EraseView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ResidentService residents;

    private String token;
    private String municipalityName;
    private boolean erased;

    public void load() {
        municipalityName = residents.municipalityOfManageLink(token).orElse(null);
    }

    public void erase() {
        erased = residents.erase(token);
        if (!erased) {
            municipalityName = null;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getMunicipalityName() {
        return municipalityName;
    }

    public boolean isLinkValid() {
        return municipalityName != null;
    }

    public boolean isErased() {
        return erased;
    }
}
