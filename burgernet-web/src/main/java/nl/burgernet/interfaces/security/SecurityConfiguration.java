package nl.burgernet.interfaces.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import nl.burgernet.domain.model.identity.Role;

/**
 * Form login on our own Faces page (so it speaks Dutch and English and can say how long to wait after too many
 * failures); the identity
 * store is {@link nl.burgernet.infrastructure.security.BurgernetIdentityStore}. Control-room systems log in to
 * {@code /api/} with an API key instead ({@link ApiKeyAuthenticationMechanism}); {@link AuthenticationMechanisms}
 * chooses between the two per request.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Role.Roles.PLATFORM_ADMIN, Role.Roles.MUNICIPALITY_ADMIN, Role.Roles.OPERATOR})
@ApplicationScoped
public class SecurityConfiguration {}
