package nl.burgernet.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Set;
import nl.burgernet.interfaces.security.ApiKeyHeaders;

/**
 * Refuses cross-site request forgery against the REST API. A browser sends the session cookie along with any request
 * another site makes it send, but without asking the server first (a CORS preflight) only in the shape of an HTML
 * form: a "simple" content type ({@code text/plain}, {@code application/x-www-form-urlencoded},
 * {@code multipart/form-data}, or none) and no custom headers. So a state-changing call that carries a session
 * cookie must have a non-simple content type ({@code application/json}, {@code text/csv}) or the header
 * {@value #HEADER}, which no other site can add without a preflight this portal never answers. A call with an API key
 * ({@code Authorization} or {@code X-API-Key}) cannot be forged this way: the browser does not add those headers by
 * itself.
 *
 * <p>The session cookie's {@code SameSite=Lax} (web.xml) stops the same attack in current browsers; this check does not
 * depend on it. Faces pages are not below {@code /api} and keep their own view-state protection.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class CrossSiteRequestGuard implements ContainerRequestFilter {

    /** Sent by the portal's own scripts and by jQuery/PrimeFaces ajax; any value will do. */
    public static final String HEADER = "X-Requested-With";

    private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> SIMPLE_TYPES =
            Set.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data");

    @Override
    public void filter(ContainerRequestContext request) {
        if (!UNSAFE.contains(request.getMethod().toUpperCase(Locale.ROOT))
                || hasApiKey(request)
                || request.getHeaderString(HEADER) != null
                || !isSimple(request.getHeaderString(HttpHeaders.CONTENT_TYPE))) {
            return;
        }
        request.abortWith(ErrorMappers.error(
                Response.Status.FORBIDDEN,
                "A state-changing call with a session needs Content-Type application/json (text/csv for the import)"
                        + " or the header " + HEADER + "; control-room systems use an API key"));
    }

    private static boolean hasApiKey(ContainerRequestContext request) {
        return ApiKeyHeaders.presentedKey(
                        request.getHeaderString(HttpHeaders.AUTHORIZATION),
                        request.getHeaderString(ApiKeyHeaders.X_API_KEY))
                .isPresent();
    }

    /** Whether a browser may send this content type across sites without a preflight (the Fetch standard's list). */
    static boolean isSimple(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .strip()
                .toLowerCase(Locale.ROOT);
        return SIMPLE_TYPES.contains(type);
    }
}
