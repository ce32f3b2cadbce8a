package nl.burgernet.infrastructure.security;

import jakarta.enterprise.context.RequestScoped;
import nl.burgernet.application.identity.LoginOutcome;

/**
 * The login attempt of this request: the client it comes from (set by the login page, which sees the HTTP request),
 * and what the identity store concluded, so the login page can say "try again after ..." instead of only "invalid" —
 * Jakarta Security's result has no room for either.
 */
@RequestScoped
public class LoginAttemptResult {

    private String client = "unknown";
    private LoginOutcome outcome;

    public LoginOutcome outcome() {
        return outcome;
    }

    void set(LoginOutcome outcome) {
        this.outcome = outcome;
    }

    public String client() {
        return client;
    }

    public void setClient(String client) {
        this.client = client == null || client.isBlank() ? "unknown" : client;
    }
}
