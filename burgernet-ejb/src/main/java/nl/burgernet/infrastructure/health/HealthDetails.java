package nl.burgernet.infrastructure.health;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.burgernet.domain.model.identity.Role;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** The readiness checks with their details, for the platform admin only. */
@Stateless
@RolesAllowed(Role.Roles.PLATFORM_ADMIN)
public class HealthDetails {

    @Inject
    @Readiness
    Instance<DetailedHealthCheck> checks;

    /** Each check by name: its status and its data. */
    public List<Map<String, Object>> readiness() {
        List<Map<String, Object>> all = new ArrayList<>();
        for (DetailedHealthCheck check : checks) {
            HealthCheckResponse r = check.detailed();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", r.getName());
            row.put("status", r.getStatus().name());
            row.put("data", r.getData().map(Map::copyOf).orElse(Map.of()));
            all.add(row);
        }
        all.sort((a, b) -> a.get("name").toString().compareTo(b.get("name").toString()));
        return all;
    }
}
