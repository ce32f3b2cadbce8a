package nl.burgernet.infrastructure.security;

import jakarta.enterprise.context.RequestScoped;
import nl.burgernet.application.identity.LoginOutcome;

/**
 * What the identity store concluded during this request, so the login page can say "locked until ..." instead of
 * only "invalid" — Jakarta Security's result has no room for the reason.
 */
@RequestScoped
public class LoginAttemptResult {

    private LoginOutcome outcome;

    public LoginOutcome outcome() {
        return outcome;
    }

    void set(LoginOutcome outcome) {
        this.outcome = outcome;
    }
}
