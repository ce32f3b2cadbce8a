package nl.burgernet.interfaces.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.util.Set;

/** Which error the error page tells of: 403, 404, or 500 for anything else (an exception included). */
@Named("errorPage")
@RequestScoped
public class ErrorPageView {

    private static final Set<Integer> TOLD = Set.of(403, 404, 500);

    /** The message key for a part of the page, e.g. {@code error.404.title}. */
    public String key(String part) {
        return "error." + status() + "." + part;
    }

    public int status() {
        Object code = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestMap()
                .get(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        return TOLD.contains(status) ? status : 500;
    }
}
