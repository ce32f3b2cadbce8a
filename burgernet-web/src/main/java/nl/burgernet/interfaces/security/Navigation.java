package nl.burgernet.interfaces.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** Reloads the page after the person switched municipality, so nothing of the previous one stays on screen. */
@Named
@RequestScoped
public class Navigation {

    @Inject
    FacesContext faces;

    public void municipalityChanged() throws IOException {
        var ext = faces.getExternalContext();
        ext.redirect(ext.getRequestContextPath() + faces.getViewRoot().getViewId());
    }
}
