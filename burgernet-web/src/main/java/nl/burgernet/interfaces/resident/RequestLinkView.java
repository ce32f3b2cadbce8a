package nl.burgernet.interfaces.resident;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.burgernet.application.resident.ResidentService;

/** "Send me my personal link". The answer never tells whether the address is known. */
@Named
@ViewScoped
public class RequestLinkView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ResidentService residents;

    private String email;
    private List<String> errors = List.of();
    private boolean sent;

    public void send() {
        ResidentTexts texts = new ResidentTexts(
                FacesContext.getCurrentInstance().getViewRoot().getLocale());
        errors = residents.sendPersonalLink(email).stream().map(texts::error).toList();
        sent = errors.isEmpty();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public List<String> getErrors() {
        return errors;
    }

    public boolean isSent() {
        return sent;
    }
}
