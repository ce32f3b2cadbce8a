package nl.burgernet.application.apikey;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import nl.burgernet.application.audit.AuditLog;
import nl.burgernet.domain.model.apikey.ApiKey;
import nl.burgernet.domain.model.apikey.ApiKeyName;
import nl.burgernet.domain.model.apikey.ApiKeySecret;
import nl.burgernet.domain.model.identity.Role;
import nl.burgernet.infrastructure.tenancy.Tenanted;

/**
 * The current municipality's API keys, managed by its admin (or a platform admin working for it). Creating and
 * revoking are audited with the key's name and public prefix, never its secret.
 */
@Stateless
@Tenanted
@RolesAllowed({Role.Roles.MUNICIPALITY_ADMIN, Role.Roles.PLATFORM_ADMIN})
public class ApiKeyService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "burgernet")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AuditLog audit;

    /** A new key; the returned {@link NewApiKey#plainKey()} is the only copy of the secret there will ever be. */
    public NewApiKey create(String name) {
        ApiKeyName keyName = new ApiKeyName(name);
        ApiKeySecret secret = ApiKeySecret.generate(RANDOM);
        ApiKey key = new ApiKey(keyName, secret, session.getCallerPrincipal().getName(), Instant.now());
        em.persist(key);
        em.flush();
        audit.record("API_KEY_CREATED", "api_key", key.id(), keyName + " (" + secret + ")");
        return new NewApiKey(ApiKeyView.of(key), secret.value());
    }

    /** Every key of the municipality, revoked ones included, newest first. */
    public List<ApiKeyView> list() {
        return em.createNamedQuery("ApiKey.findAll", ApiKey.class)
                .getResultStream()
                .map(ApiKeyView::of)
                .toList();
    }

    /** Revokes a key at once: the next request with it is refused. Revoking a revoked key changes nothing. */
    public ApiKeyView revoke(long id) {
        ApiKey key = em.find(ApiKey.class, id);
        if (key == null) {
            throw new ApiKeyNotFoundException(id);
        }
        if (key.revoke(Instant.now())) {
            audit.record(
                    "API_KEY_REVOKED",
                    "api_key",
                    key.id(),
                    key.name() + " (" + ApiKeySecret.masked(key.prefix()) + ")");
        }
        return ApiKeyView.of(key);
    }
}
