package nl.burgernet.domain.model.alert;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.burgernet.domain.model.geo.Coordinates;

/**
 * Everything an operator fills in for an alert. National alerts (AMBER) have no area; all others need one.
 *
 * @param incidentAddress the address as the operator wrote it, for the operator's overview; may be empty
 * @param incident the incident's point, the centre from which residents' distance is shown
 * @param area where the alert reaches; empty only for national alerts
 * @param channels ids of the delivery channels to use, at least one
 * @param startsAt empty for "now"
 */
public record AlertDraft(
        AlertType type,
        AlertPriority priority,
        AlertContent content,
        String incidentAddress,
        Optional<Coordinates> incident,
        Optional<TargetArea> area,
        Set<String> channels,
        Optional<Instant> startsAt,
        Instant expiresAt) {

    /** The width of its column. */
    public static final int MAX_INCIDENT_ADDRESS = 200;

    public AlertDraft {
        if (type == null) {
            throw new InvalidAlertException("type", "Choose the kind of alert");
        }
        priority = Objects.requireNonNullElse(priority, AlertPriority.NORMAL);
        Objects.requireNonNull(content, "content");
        incidentAddress = Objects.requireNonNullElse(incidentAddress, "").strip();
        // Refused here, before a reference is taken: a database that refuses it at the save would use one up.
        if (incidentAddress.length() > MAX_INCIDENT_ADDRESS
                || incidentAddress.contains("\n")
                || incidentAddress.contains("\r")) {
            throw new InvalidAlertException(
                    "incidentAddress",
                    "The incident's address is one line of at most " + MAX_INCIDENT_ADDRESS + " characters");
        }
        incident = Objects.requireNonNullElse(incident, Optional.empty());
        area = Objects.requireNonNullElse(area, Optional.empty());
        startsAt = Objects.requireNonNullElse(startsAt, Optional.empty());
        channels = channels == null ? Set.of() : Set.copyOf(channels);
        if (channels.isEmpty()) {
            throw new InvalidAlertException("channels", "Choose at least one channel");
        }
        if (type.reach() != AlertType.Reach.NATIONAL && area.isEmpty()) {
            throw new InvalidAlertException("area", "Draw the area the alert reaches");
        }
        if (expiresAt == null) {
            throw new InvalidAlertException("expiresAt", "An alert needs an expiry time");
        }
        if (startsAt.isPresent() && !expiresAt.isAfter(startsAt.get())) {
            throw new InvalidAlertException("expiresAt", "An alert expires after it starts");
        }
    }
}
