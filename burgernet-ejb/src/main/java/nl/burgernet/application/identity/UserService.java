package nl.burgernet.application.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.burgernet.application.audit.AuditLog;
import nl.burgernet.domain.model.identity.AppUser;
import nl.burgernet.domain.model.identity.AppUserRepository;
import nl.burgernet.domain.model.identity.Role;

/** Creating logins (platform admins only) and looking up the caller's own. */
@Stateless
public class UserService {

    @Inject
    AppUserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditLog audit;

    @RolesAllowed(Role.Roles.PLATFORM_ADMIN)
    public UserInfo create(NewUser n) {
        return UserInfo.of(createUnchecked(n));
    }

    /** For the demo data and first start-up, before anyone can log in. */
    @PermitAll
    public boolean existsAny() {
        return !users.findAll().isEmpty();
    }

    /**
     * For the first start-up and the demo data, when nobody can log in yet. Runs as "system", so it refuses once a
     * platform admin exists: from then on logins are created by a platform admin.
     */
    @PermitAll
    public UserInfo createDuringSetup(NewUser n, boolean demo) {
        if (!demo && users.findAll().stream().anyMatch(u -> u.role() == Role.PLATFORM_ADMIN)) {
            throw new SecurityException("Logins are created by a platform admin once one exists");
        }
        return UserInfo.of(createUnchecked(n));
    }

    private AppUser createUnchecked(NewUser n) {
        String hash = hasher.hash(n.password());
        AppUser user =
                switch (n.role()) {
                    case PLATFORM_ADMIN -> AppUser.platformAdmin(n.username(), n.displayName(), hash);
                    case MUNICIPALITY_ADMIN ->
                        AppUser.municipalityAdmin(
                                n.username(),
                                n.displayName(),
                                hash,
                                n.municipalityIds().iterator().next());
                    case OPERATOR -> AppUser.operator(n.username(), n.displayName(), hash, n.municipalityIds());
                };
        users.store(user);
        audit.recordFor(null, "USER_CREATED", "user", n.username(), n.role().name());
        return user;
    }

    /**
     * Makes an operator login one of the national control room's (its AMBER Alerts reach every municipality), or no
     * longer; audited. Takes effect at the login's next step, not its next login.
     */
    @RolesAllowed(Role.Roles.PLATFORM_ADMIN)
    public NationalReach grantNationalReach(String username, boolean granted) {
        AppUser user =
                users.findByUsername(username).orElseThrow(() -> new IllegalArgumentException("No login " + username));
        if (user.hasNationalReach() != granted) {
            user.grantNationalReach(granted);
            audit.recordFor(
                    null,
                    granted ? "USER_NATIONAL_REACH_GRANTED" : "USER_NATIONAL_REACH_REVOKED",
                    "user",
                    username,
                    granted ? "national control room: AMBER Alerts to every municipality" : null);
        }
        return new NationalReach(username, user.hasNationalReach());
    }

    /** Whether a login has national reach, for the platform admin. */
    @RolesAllowed(Role.Roles.PLATFORM_ADMIN)
    public NationalReach nationalReach(String username) {
        return users.findByUsername(username)
                .map(u -> new NationalReach(username, u.hasNationalReach()))
                .orElseThrow(() -> new IllegalArgumentException("No login " + username));
    }

    /** Whether a login belongs to the national control room; false for API keys and unknown names. */
    @PermitAll
    public boolean hasNationalReach(String username) {
        return users.findByUsername(username).map(AppUser::hasNationalReach).orElse(false);
    }

    /** Whether a login may send alerts to the whole country. */
    public record NationalReach(String username, boolean granted) {}

    @PermitAll
    public Optional<UserInfo> find(String username) {
        return users.findByUsername(username).map(UserInfo::of);
    }

    @RolesAllowed(Role.Roles.PLATFORM_ADMIN)
    public List<UserInfo> all() {
        return users.findAll().stream().map(UserInfo::of).toList();
    }

    public record NewUser(String username, String displayName, char[] password, Role role, Set<Long> municipalityIds) {}
}
