package nl.burgernet.application.resident;

import java.util.Optional;

/**
 * The answer to a confirmation link.
 *
 * @param manageToken the resident's manage token after a confirmation, so the page can offer their settings
 */
public record ConfirmOutcome(Status status, Optional<String> municipalityName, Optional<String> manageToken) {

    public enum Status {
        CONFIRMED,
        /** Authentic but too old: signing up again sends a fresh link. */
        EXPIRED,
        INVALID
    }

    static ConfirmOutcome invalid() {
        return new ConfirmOutcome(Status.INVALID, Optional.empty(), Optional.empty());
    }
}
