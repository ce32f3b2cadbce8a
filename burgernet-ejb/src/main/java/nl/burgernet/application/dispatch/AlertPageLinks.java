package nl.burgernet.application.dispatch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import nl.burgernet.domain.model.alert.Alert;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The short public link of an alert ({@code <burgernet.base-url>a/<code>}): what an SMS carries instead of the whole
 * story, and what residents can pass on. The page itself is {@code PublicAlertServlet}'s.
 */
@ApplicationScoped
public class AlertPageLinks {

    public static final String PATH = "a/";

    private String baseUrl;

    /** For the CDI proxy only. */
    protected AlertPageLinks() {}

    @Inject
    public AlertPageLinks(
            @ConfigProperty(name = "burgernet.base-url", defaultValue = "http://localhost:8080/") String baseUrl) {
        String text = baseUrl.strip();
        this.baseUrl = text.endsWith("/") ? text : text + "/";
    }

    public Optional<URI> of(Alert alert) {
        return alert.publicCode().map(code -> URI.create(baseUrl + PATH + code));
    }
}
