package nl.burgernet.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.burgernet.infrastructure.dispatch.ChannelLanes;
import nl.burgernet.infrastructure.dispatch.LaneStatus;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The delivery channels and how their lanes are doing. A degraded channel does not make the portal unready — the
 * other channels still send, and a load balancer that took this instance out would help nobody — so the check is UP
 * and names the degraded channels and why (in the details, for the platform admin: {@code GET /api/admin/health}).
 */
@Readiness
@ApplicationScoped
public class ChannelsHealthCheck implements DetailedHealthCheck {

    @Inject
    ChannelLanes lanes;

    @Override
    public HealthCheckResponse detailed() {
        var response = HealthCheckResponse.named("delivery-channels").up();
        for (LaneStatus lane : lanes.status()) {
            response.withData(
                    lane.channel(),
                    lane.isDegraded()
                            ? "degraded since " + lane.degradedSince() + ": " + lane.degraded()
                            : "ok, " + lane.running() + " batches running");
        }
        return response.build();
    }
}
