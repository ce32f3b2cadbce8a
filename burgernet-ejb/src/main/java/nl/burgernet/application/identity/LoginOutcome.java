package nl.burgernet.application.identity;

import java.time.Instant;

/**
 * The result of a login attempt. An unknown user name and a wrong password are the same outcome; a refusal by the
 * throttle says until when, so the person knows to wait rather than retry, and names no account.
 */
public sealed interface LoginOutcome {

    record Success(UserInfo user) implements LoginOutcome {}

    record InvalidCredentials() implements LoginOutcome {}

    /** Too many failures from this client, or on this account from a client that failed before: not checked. */
    record Throttled(Instant until) implements LoginOutcome {}
}
