package nl.burgernet.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import nl.burgernet.application.identity.LoginOutcome;
import nl.burgernet.application.identity.LoginService;

/**
 * Validates form logins against the {@code app_user} table (PBKDF2 hashes; repeated failures make the client or the account wait, see {@code LoginThrottle}). The
 * caller's group is their role, which the web module's security constraints and the services' {@code @RolesAllowed}
 * check.
 */
@ApplicationScoped
public class BurgernetIdentityStore implements IdentityStore {

    @Inject
    LoginService logins;

    @Inject
    LoginAttemptResult lastAttempt;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential up)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        LoginOutcome outcome = logins.attempt(up.getCaller(), up.getPassword().getValue(), lastAttempt.client());
        lastAttempt.set(outcome);
        if (outcome instanceof LoginOutcome.Success success) {
            return new CredentialValidationResult(
                    success.user().username(), Set.of(success.user().role().group()));
        }
        return CredentialValidationResult.INVALID_RESULT;
    }
}
