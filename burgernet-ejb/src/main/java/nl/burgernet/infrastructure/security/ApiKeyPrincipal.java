package nl.burgernet.infrastructure.security;

import jakarta.security.enterprise.CallerPrincipal;
import nl.burgernet.application.apikey.VerifiedKey;

/**
 * The caller of a request made with an API key, named {@code api-key:<name>@<CBS code>}; it remembers the key's
 * municipality so the web layer can set the request's tenant from it.
 */
public class ApiKeyPrincipal extends CallerPrincipal {

    private static final long serialVersionUID = 1L;

    private final long municipalityId;

    public ApiKeyPrincipal(VerifiedKey key) {
        super(key.callerName());
        this.municipalityId = key.municipalityId();
    }

    public long municipalityId() {
        return municipalityId;
    }
}
