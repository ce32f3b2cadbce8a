package nl.burgernet.interfaces.publicpage;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import nl.burgernet.application.alert.PublicAlerts;
import nl.burgernet.application.alert.PublicAlerts.PublicAlert;
import nl.burgernet.application.alert.PublicAlerts.PublicMessage;

/**
 * An alert's public page: its messages newest first (so the outcome, when there is one, is what a visitor reads
 * first), whether it is still open and how to pass on a tip. An unknown code, or an alert that has not gone out, is a
 * plain 404: the page does not tell which codes exist.
 */
@Named
@RequestScoped
public class PublicAlertView {

    /** Times as residents read them: Dutch local time, whatever the server's zone. */
    private static final ZoneId LOCAL = ZoneId.of("Europe/Amsterdam");

    @Inject
    PublicAlerts alerts;

    private String code;
    private PublicAlert alert;

    public void load() throws IOException {
        alert = alerts.byCode(code).orElse(null);
        if (alert == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "No such alert");
            faces.responseComplete();
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public PublicAlert getAlert() {
        return alert;
    }

    public List<PublicMessage> getMessagesNewestFirst() {
        return alert == null ? List.of() : alert.messages().reversed();
    }

    public String time(Instant instant) {
        if (instant == null) {
            return "";
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(LOCAL)
                .format(instant);
    }

    /** Paragraphs as the operator wrote them, separated by blank lines. */
    public List<String> paragraphs(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.strip().split("\\R\\s*\\R"));
    }
}
