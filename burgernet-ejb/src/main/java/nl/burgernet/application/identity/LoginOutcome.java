package nl.burgernet.application.identity;

/** The result of a login attempt; a locked account says so, so the person knows to wait rather than retry. */
public sealed interface LoginOutcome {

    record Success(UserInfo user) implements LoginOutcome {}

    record InvalidCredentials() implements LoginOutcome {}

    record Locked(java.time.Instant until) implements LoginOutcome {}
}
