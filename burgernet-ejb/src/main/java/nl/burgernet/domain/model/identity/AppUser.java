package nl.burgernet.domain.model.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import nl.burgernet.infrastructure.persistence.jpa.FlagConverter;

/**
 * Someone who logs in. Failed logins are counted here for the record only: guessing is slowed by the login throttle
 * ({@code LoginThrottle}), per client and per account, never by locking the account, which would let any stranger shut
 * a control room out. ({@code locked_until} is left from the lock-out and only ever cleared.)
 */
@Entity
@Table(name = "app_user")
@NamedQuery(name = "AppUser.findByUsername", query = "SELECT u FROM AppUser u WHERE u.username = :username")
@NamedQuery(name = "AppUser.findAll", query = "SELECT u FROM AppUser u ORDER BY u.username")
public class AppUser {

    @Id
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    /** The municipality of a municipality admin; null for the others. */
    @Column(name = "municipality_id")
    private Long municipalityId;

    /** The municipalities an operator works for. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "operator_municipality", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "municipality_id")
    private Set<Long> operatorMunicipalities = new HashSet<>();

    /**
     * The national control room (landelijke meldkamer): an operator whose alerts may reach every municipality, which
     * only an AMBER Alert does. Granted by a platform admin, never by a municipality.
     */
    @Convert(converter = FlagConverter.class)
    @Column(name = "national_reach", nullable = false)
    private boolean nationalReach;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected AppUser() {}

    private AppUser(String username, String displayName, String passwordHash, Role role) {
        if (username == null || !username.matches("[a-z0-9._@-]{3,100}")) {
            throw new IllegalArgumentException("A username is 3-100 lower-case letters, digits or . _ @ -");
        }
        this.username = username;
        this.displayName = Objects.requireNonNull(displayName);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.role = role;
        this.createdAt = Instant.now();
    }

    public static AppUser platformAdmin(String username, String displayName, String passwordHash) {
        return new AppUser(username, displayName, passwordHash, Role.PLATFORM_ADMIN);
    }

    public static AppUser municipalityAdmin(
            String username, String displayName, String passwordHash, long municipalityId) {
        AppUser user = new AppUser(username, displayName, passwordHash, Role.MUNICIPALITY_ADMIN);
        user.municipalityId = municipalityId;
        return user;
    }

    public static AppUser operator(
            String username, String displayName, String passwordHash, Set<Long> municipalityIds) {
        if (municipalityIds.isEmpty()) {
            throw new IllegalArgumentException("An operator works for at least one municipality");
        }
        AppUser user = new AppUser(username, displayName, passwordHash, Role.OPERATOR);
        user.operatorMunicipalities.addAll(municipalityIds);
        return user;
    }

    /** Whether this login is the national control room's: its AMBER Alerts reach the whole country. */
    public boolean hasNationalReach() {
        return nationalReach;
    }

    /**
     * Makes this login one of the national control room's, or no longer. Only operators send alerts, so only an
     * operator can be given the country.
     */
    public void grantNationalReach(boolean granted) {
        if (granted && role != Role.OPERATOR) {
            throw new IllegalArgumentException("Only an operator login can be given national reach, not a " + role);
        }
        this.nationalReach = granted;
    }

    /** Counts a failed login (shown to nobody; the throttle decides who waits). */
    public void loginFailed() {
        failedLogins++;
    }

    public void loginSucceeded(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }

    /** The municipalities whose data this login may see; empty for a platform admin, who may see all. */
    public Set<Long> municipalityIds() {
        return switch (role) {
            case PLATFORM_ADMIN -> Set.of();
            case MUNICIPALITY_ADMIN -> Set.of(municipalityId);
            case OPERATOR -> Set.copyOf(operatorMunicipalities);
        };
    }

    public boolean mayWorkFor(long municipality) {
        return role == Role.PLATFORM_ADMIN || municipalityIds().contains(municipality);
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }
}
