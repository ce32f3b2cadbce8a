package nl.burgernet.application.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import nl.burgernet.application.audit.AuditLog;
import nl.burgernet.domain.model.identity.AppUser;
import nl.burgernet.domain.model.identity.AppUserRepository;

/**
 * Checks a username and password, counting failures. Runs in its own transaction so a failed attempt is counted
 * (and audited) even though the login itself fails.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginService {

    @Inject
    AppUserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditLog audit;

    public LoginOutcome attempt(String username, char[] password) {
        Instant now = Instant.now();
        String name = username == null ? "" : username.strip().toLowerCase();
        Optional<AppUser> found = users.findByUsername(name);
        if (found.isEmpty()) {
            hasher.verifyNothing(password);
            audit.recordAs(name, null, "LOGIN_FAILED", "user", name, "unknown username");
            return new LoginOutcome.InvalidCredentials();
        }
        AppUser user = found.get();
        if (user.isLocked(now)) {
            audit.recordAs(name, null, "LOGIN_REFUSED_LOCKED", "user", user.id(), null);
            return new LoginOutcome.Locked(user.lockedUntil());
        }
        if (!hasher.verify(password, user.passwordHash())) {
            boolean lockedNow = user.loginFailed(now);
            audit.recordAs(name, null, lockedNow ? "ACCOUNT_LOCKED" : "LOGIN_FAILED", "user", user.id(), null);
            return lockedNow
                    ? new LoginOutcome.Locked(now.plus(AppUser.LOCK_DURATION))
                    : new LoginOutcome.InvalidCredentials();
        }
        user.loginSucceeded(now);
        audit.recordAs(name, null, "LOGIN", "user", user.id(), null);
        return new LoginOutcome.Success(UserInfo.of(user));
    }
}
