package nl.burgernet.application.apikey;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.burgernet.domain.model.apikey.ApiKey;
import nl.burgernet.domain.model.apikey.ApiKeySecret;
import nl.burgernet.domain.model.municipality.Municipality;
import nl.burgernet.infrastructure.tenancy.TenantContext;

/**
 * Checks the key of an API request, before anyone is logged in and before any municipality is known: finding out
 * which municipality the key belongs to is the point. That makes this one of the few places that look across
 * municipalities, on purpose and by the key's hash only (native SQL, because EclipseLink's tenant filter applies to
 * every JPQL query of keys and refuses native SQL unless a query opts in by name). Once the owner is known, the key
 * is read and marked as used inside that municipality like any tenant-owned data.
 */
@Stateless
@PermitAll
public class ApiKeyVerifier {

    private static final String ALLOW_NATIVE_SQL = "eclipselink.jdbc.allow-native-sql-query";

    @PersistenceContext(unitName = "burgernet")
    EntityManager em;

    /**
     * The municipality and name of a working key; empty for anything else (malformed, unknown, revoked), without
     * saying which, so a caller learns nothing by probing. Its own transaction: the last-use mark commits whatever the
     * request does next.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<VerifiedKey> verify(String presented) {
        Optional<ApiKeySecret> secret = ApiKeySecret.parse(presented);
        if (secret.isEmpty()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT municipality_id, id FROM api_key WHERE key_hash = ?")
                .setHint(ALLOW_NATIVE_SQL, Boolean.TRUE)
                .setParameter(1, secret.get().hash())
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        long municipalityId = ((Number) rows.get(0)[0]).longValue();
        long keyId = ((Number) rows.get(0)[1]).longValue();
        em.setProperty(TenantContext.PROPERTY, municipalityId);
        ApiKey key = em.find(ApiKey.class, keyId);
        if (key == null || key.isRevoked()) {
            return Optional.empty();
        }
        key.markUsed(Instant.now());
        Municipality owner = em.find(Municipality.class, municipalityId);
        return Optional.of(
                new VerifiedKey(keyId, municipalityId, owner.cbsCode().value(), key.name()));
    }
}
