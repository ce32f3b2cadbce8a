package nl.burgernet.infrastructure.security;

import jakarta.security.enterprise.credential.Credential;
import nl.burgernet.domain.model.apikey.ApiKeySecret;

/** The key a request presented (Authorization: Bearer, or X-API-Key), as Jakarta Security hands it to the stores. */
public final class ApiKeyCredential implements Credential {

    private final String presented;

    public ApiKeyCredential(String presented) {
        this.presented = presented;
    }

    public String presented() {
        return presented;
    }

    @Override
    public void clear() {
        // Nothing to wipe: the key arrived as a String in a header and lives as long as the request does.
    }

    /** Never the secret, should this end up in a log. */
    @Override
    public String toString() {
        return ApiKeySecret.parse(presented).map(ApiKeySecret::toString).orElse("(no well-formed key)");
    }
}
