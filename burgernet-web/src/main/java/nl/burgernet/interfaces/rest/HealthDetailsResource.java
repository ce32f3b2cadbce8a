package nl.burgernet.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import nl.burgernet.infrastructure.health.HealthDetails;

/**
 * The readiness checks with their details (servers, versions, errors), for a logged-in platform admin; the public
 * {@code /health/ready} says only UP or DOWN per check.
 */
@Path("admin/health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthDetailsResource {

    @Inject
    HealthDetails health;

    @GET
    public List<Map<String, Object>> readiness() {
        return health.readiness();
    }
}
