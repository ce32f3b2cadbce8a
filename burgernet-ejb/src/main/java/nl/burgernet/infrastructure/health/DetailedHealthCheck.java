package nl.burgernet.infrastructure.health;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * A readiness check whose public answer is its name and status only. Its details (server names, ports, versions,
 * error messages) help an attacker as much as an administrator, so they are given only to a logged-in platform admin
 * ({@link HealthDetails}).
 */
public interface DetailedHealthCheck extends HealthCheck {

    /** The check with its details. */
    HealthCheckResponse detailed();

    @Override
    default HealthCheckResponse call() {
        HealthCheckResponse full = detailed();
        return HealthCheckResponse.named(full.getName())
                .status(full.getStatus() == HealthCheckResponse.Status.UP)
                .build();
    }
}
