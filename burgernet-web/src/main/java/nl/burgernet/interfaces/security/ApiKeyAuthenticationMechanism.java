package nl.burgernet.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import nl.burgernet.infrastructure.security.ApiKeyCredential;
import nl.burgernet.infrastructure.security.ApiKeyPrincipal;

/**
 * Logs in an API request that carries a key, for this request only (no session: a control-room system sends its key
 * every time). The identity stores decide; a key that works makes the caller {@code api-key:<name>@<CBS code>} in
 * group operator, and the request works for the key's municipality. Anything else is a 401 in JSON with
 * {@code WWW-Authenticate: Bearer}, never the login page.
 */
@ApplicationScoped
public class ApiKeyAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Request attribute with the key's municipality, for {@link TenantFilter}; no client can set an attribute. */
    static final String MUNICIPALITY_ATTRIBUTE = ApiKeyAuthenticationMechanism.class.getName() + ".municipality";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Optional<String> presented = ApiKeyHeaders.presentedKey(request);
        if (presented.isEmpty()) {
            return refuse(response, "missing", "Send an API key: Authorization: Bearer <key>");
        }
        CredentialValidationResult result = identityStores.validate(new ApiKeyCredential(presented.get()));
        if (result.getStatus() == CredentialValidationResult.Status.VALID
                && result.getCallerPrincipal() instanceof ApiKeyPrincipal key) {
            request.setAttribute(MUNICIPALITY_ATTRIBUTE, key.municipalityId());
            return context.notifyContainerAboutLogin(result);
        }
        return refuse(response, "invalid_token", "The API key is not valid or has been revoked");
    }

    /** The municipality of the key that logged this request in, if a key did. */
    static Optional<Long> municipalityOf(HttpServletRequest request) {
        return request.getAttribute(MUNICIPALITY_ATTRIBUTE) instanceof Long id ? Optional.of(id) : Optional.empty();
    }

    /**
     * Answers 401 with a JSON body like the API's other errors. The response is committed here, so the container
     * cannot replace the body with an HTML error page.
     */
    static AuthenticationStatus refuse(HttpServletResponse response, String error, String message) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(
                "WWW-Authenticate",
                "missing".equals(error)
                        ? "Bearer realm=\"burgernet\""
                        : "Bearer realm=\"burgernet\", error=\"" + error + "\"");
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            response.getWriter()
                    .write(Json.createObjectBuilder()
                            .add("status", HttpServletResponse.SC_UNAUTHORIZED)
                            .add("error", message)
                            .build()
                            .toString());
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
