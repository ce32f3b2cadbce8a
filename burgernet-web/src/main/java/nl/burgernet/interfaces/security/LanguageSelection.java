package nl.burgernet.interfaces.security;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The UI language: the browser's preference (Dutch or English) until the person picks one. */
@Named("language")
@SessionScoped
public class LanguageSelection implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Locale DUTCH = Locale.of("nl");

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            Locale requested =
                    FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
            locale = requested != null && "nl".equals(requested.getLanguage()) ? DUTCH : Locale.ENGLISH;
        }
        return locale;
    }

    public String use(String language) {
        locale = "nl".equals(language) ? DUTCH : Locale.ENGLISH;
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
