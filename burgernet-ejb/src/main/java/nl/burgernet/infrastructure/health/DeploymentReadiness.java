package nl.burgernet.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * DOWN until the portal has finished starting: the database migrated and the start-up beans that depend on it
 * (the reply intake) running. Without it, readiness on a fresh start answered UP while the portal was still deploying,
 * and a load balancer would have sent traffic to it. The server is also told to answer DOWN while no check has
 * registered yet ({@code mp.health.default.readiness.empty.response=DOWN}, MicroProfile Health 3.1).
 */
@Readiness
@ApplicationScoped
public class DeploymentReadiness implements DetailedHealthCheck {

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    @Override
    public HealthCheckResponse detailed() {
        return HealthCheckResponse.named("deployment").status(STARTED.get()).build();
    }

    /** Called once by {@link StartupCompletion} when the beans it waits for have started. */
    static void started() {
        STARTED.set(true);
    }
}
