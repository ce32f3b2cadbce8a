package nl.burgernet.interfaces.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The UI's texts in the language of the current view (Dutch or English). */
@RequestScoped
public class Messages {

    @Inject
    FacesContext faces;

    public String get(String key) {
        return bundle().getString(key);
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), faces.getViewRoot().getLocale()).format(args);
    }

    private ResourceBundle bundle() {
        return faces.getApplication().getResourceBundle(faces, "msg");
    }
}
