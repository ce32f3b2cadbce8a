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
 * Checks a username and password, with the {@link LoginThrottle} in front: a client or an account with too many
 * failures waits, and nobody is ever locked out by someone else's guesses. An unknown user name costs the same
 * (a hash is computed) and answers the same as a wrong password. Runs in its own transaction so a failed attempt is
 * audited even though the login itself fails.
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

    @Inject
    LoginThrottle throttle;

    /** @param client the client's address (as {@code LoginClients} tells it), which the throttle counts by */
    public LoginOutcome attempt(String username, char[] password, String client) {
        String name = username == null ? "" : username.strip().toLowerCase();
        Optional<Instant> refused = throttle.refusedUntil(client, name);
        if (refused.isPresent()) {
            return new LoginOutcome.Throttled(refused.get());
        }
        Optional<AppUser> found = users.findByUsername(name);
        if (found.isEmpty()) {
            hasher.verifyNothing(password);
            failed(client, name, name, "unknown username");
            return new LoginOutcome.InvalidCredentials();
        }
        AppUser user = found.get();
        if (!hasher.verify(password, user.passwordHash())) {
            user.loginFailed();
            failed(client, name, user.id(), null);
            return new LoginOutcome.InvalidCredentials();
        }
        throttle.succeeded(client, name);
        user.loginSucceeded(Instant.now());
        audit.recordAs(name, null, "LOGIN", "user", user.id(), null);
        return new LoginOutcome.Success(UserInfo.of(user));
    }

    private void failed(String client, String name, Object target, String details) {
        boolean waitStarts = throttle.failed(client, name);
        audit.recordAs(name, null, "LOGIN_FAILED", "user", target, details);
        if (waitStarts) {
            audit.recordAs(name, null, "LOGIN_THROTTLED", "user", target, "client " + client);
        }
    }
}
