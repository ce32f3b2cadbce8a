package nl.burgernet.domain.model.apikey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import nl.burgernet.infrastructure.tenancy.TenantContext;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A municipality's key for a control-room system. The municipality that owns it is the tenant, and the only one whose
 * data a request with this key reaches. A revoked key stays listed (who made it, when it was last used) but no longer
 * opens anything.
 */
@Entity
@Table(name = "api_key")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "municipality_id", contextProperty = TenantContext.PROPERTY)
@NamedQuery(name = "ApiKey.findAll", query = "SELECT k FROM ApiKey k ORDER BY k.createdAt DESC, k.id DESC")
public class ApiKey {

    /** How precisely the last use is kept. */
    public static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

    @Id
    @SequenceGenerator(name = "api_key_seq", sequenceName = "api_key_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_key_seq")
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "key_prefix", nullable = false, length = 12)
    private String keyPrefix;

    @Column(name = "key_hash", nullable = false, length = 64)
    private String keyHash;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiKey() {}

    public ApiKey(ApiKeyName name, ApiKeySecret secret, String createdBy, Instant now) {
        this.name = Objects.requireNonNull(name).value();
        this.keyPrefix = secret.prefix();
        this.keyHash = secret.hash();
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(now);
    }

    /**
     * Notes that the key was used, at most once per {@link #USE_RESOLUTION}: the admin wants to know whether a key is
     * still in use, not every request, and a busy control room should not write a row on every call. Says whether it
     * changed anything.
     */
    public boolean markUsed(Instant now) {
        if (lastUsedAt != null && now.isBefore(lastUsedAt.plus(USE_RESOLUTION))) {
            return false;
        }
        lastUsedAt = now;
        return true;
    }

    /** Revokes the key; a key revoked before keeps its first revocation time. Says whether anything changed. */
    public boolean revoke(Instant now) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = now;
        return true;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String prefix() {
        return keyPrefix;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> lastUsedAt() {
        return Optional.ofNullable(lastUsedAt);
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
