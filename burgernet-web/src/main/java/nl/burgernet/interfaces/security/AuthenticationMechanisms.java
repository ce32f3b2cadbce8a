package nl.burgernet.interfaces.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition.CustomFormAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanismHandler;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Chooses how a request logs in (Jakarta Security 4 lets an application choose among several mechanisms this way):
 *
 * <ul>
 *   <li>outside {@code /api/}: the form login of {@link SecurityConfiguration}, unchanged;
 *   <li>{@code /api/} with a key ({@code Authorization: Bearer} or {@code X-API-Key}): {@link
 *       ApiKeyAuthenticationMechanism}; the key wins over a session cookie sent along;
 *   <li>{@code /api/} from a browser that logged in through the form (the operator's screens): the form login, which
 *       finds the session;
 *   <li>{@code /api/} with neither, for a protected resource: 401 in JSON. A program cannot follow a redirect to a
 *       login page, so it gets none.
 * </ul>
 */
@Alternative
@Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class AuthenticationMechanisms implements HttpAuthenticationMechanismHandler {

    @Inject
    @CustomFormAuthenticationMechanism
    HttpAuthenticationMechanism formLogin;

    @Inject
    ApiKeyAuthenticationMechanism apiKeys;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        if (!ApiKeyHeaders.isApiRequest(request)) {
            return formLogin.validateRequest(request, response, context);
        }
        if (ApiKeyHeaders.presentedKey(request).isPresent()) {
            return apiKeys.validateRequest(request, response, context);
        }
        if (request.getUserPrincipal() != null || context.isAuthenticationRequest()) {
            return formLogin.validateRequest(request, response, context);
        }
        if (context.isProtected()) {
            return ApiKeyAuthenticationMechanism.refuse(
                    response, "missing", "Log in first, or send an API key: Authorization: Bearer <key>");
        }
        return context.doNothing();
    }

    @Override
    public AuthenticationStatus secureResponse(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        return chosen(request).secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        chosen(request).cleanSubject(request, response, context);
    }

    private HttpAuthenticationMechanism chosen(HttpServletRequest request) {
        return ApiKeyHeaders.isApiRequest(request)
                        && ApiKeyHeaders.presentedKey(request).isPresent()
                ? apiKeys
                : formLogin;
    }
}
