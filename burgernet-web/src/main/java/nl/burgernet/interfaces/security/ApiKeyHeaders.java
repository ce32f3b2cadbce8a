package nl.burgernet.interfaces.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Where a control-room system puts its key: {@code Authorization: Bearer <key>} (the usual way), or
 * {@code X-API-Key: <key>} for clients that cannot set Authorization. Another Authorization scheme (Basic, ...) is
 * not a key.
 */
public final class ApiKeyHeaders {

    public static final String X_API_KEY = "X-API-Key";
    private static final String BEARER = "Bearer";

    private ApiKeyHeaders() {}

    /** The key the request presents, as sent (it may be malformed: the verifier decides). */
    public static Optional<String> presentedKey(HttpServletRequest request) {
        return presentedKey(request.getHeader("Authorization"), request.getHeader(X_API_KEY));
    }

    /** The same from the two header values (either may be null). */
    public static Optional<String> presentedKey(String authorization, String xApiKey) {
        String auth = authorization == null ? "" : authorization.strip();
        if (auth.regionMatches(true, 0, BEARER, 0, BEARER.length())
                && (auth.length() == BEARER.length() || Character.isWhitespace(auth.charAt(BEARER.length())))) {
            return Optional.of(auth.substring(BEARER.length()).strip());
        }
        if (xApiKey != null && !xApiKey.isBlank()) {
            return Optional.of(xApiKey.strip());
        }
        return Optional.empty();
    }

    /** Requests to the REST API, below {@code /api/} of the portal's context. */
    public static boolean isApiRequest(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }
}
