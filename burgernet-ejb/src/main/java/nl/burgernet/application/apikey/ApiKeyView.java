package nl.burgernet.application.apikey;

import java.io.Serializable;
import java.time.Instant;
import nl.burgernet.domain.model.apikey.ApiKey;
import nl.burgernet.domain.model.apikey.ApiKeySecret;

/**
 * A key as the admin's list shows it: never the secret, only the prefix that tells it apart.
 *
 * @param shownAs the key's public part, e.g. {@code bnk_k3x9a0qz_…}
 * @param lastUsedAt null when it was never used; kept to the minute
 * @param revokedAt null while the key works
 */
public record ApiKeyView(
        long id,
        String name,
        String shownAs,
        String createdBy,
        Instant createdAt,
        Instant lastUsedAt,
        Instant revokedAt)
        implements Serializable {

    static ApiKeyView of(ApiKey k) {
        return new ApiKeyView(
                k.id(),
                k.name(),
                ApiKeySecret.masked(k.prefix()),
                k.createdBy(),
                k.createdAt(),
                k.lastUsedAt().orElse(null),
                k.revokedAt().orElse(null));
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
