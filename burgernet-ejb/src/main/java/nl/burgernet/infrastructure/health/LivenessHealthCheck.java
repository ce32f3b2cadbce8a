package nl.burgernet.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness answers "does a restart help?": only the portal's own state counts, never a dependency being down (that
 * is readiness, and restarting would not bring the database back). Answering at all proves the HTTP threads and
 * CDI work.
 */
@Liveness
@ApplicationScoped
public class LivenessHealthCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        Runtime rt = Runtime.getRuntime();
        return HealthCheckResponse.named("portal")
                .up()
                .withData("uptimeSeconds", ManagementFactory.getRuntimeMXBean().getUptime() / 1000)
                .withData("heapUsedMB", (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024))
                .withData("heapMaxMB", rt.maxMemory() / (1024 * 1024))
                .build();
    }
}
