package nl.burgernet.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import nl.burgernet.application.apikey.ApiKeyVerifier;
import nl.burgernet.domain.model.identity.Role;

/**
 * Validates API keys. A key acts as an operator of its own municipality, and nothing more: it gets the operator
 * group only, so the admin pages and the admin API stay closed to it whatever the key's creator may do.
 */
@ApplicationScoped
public class ApiKeyIdentityStore implements IdentityStore {

    @Inject
    ApiKeyVerifier verifier;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof ApiKeyCredential key)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return verifier.verify(key.presented())
                .map(k -> new CredentialValidationResult(new ApiKeyPrincipal(k), Set.of(Role.OPERATOR.group())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
