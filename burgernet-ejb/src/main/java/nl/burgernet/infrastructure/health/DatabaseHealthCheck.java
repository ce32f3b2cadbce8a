package nl.burgernet.infrastructure.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements DetailedHealthCheck {

    @Resource(lookup = "jdbc/burgernet")
    private DataSource dataSource;

    @Override
    public HealthCheckResponse detailed() {
        var response = HealthCheckResponse.named("database");
        try (Connection c = dataSource.getConnection()) {
            // A pooled connection answers its metadata from memory; only a round trip proves the server is there.
            var meta = c.getMetaData();
            return response.status(c.isValid(2))
                    .withData("product", meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion())
                    .build();
        } catch (SQLException e) {
            return response.down()
                    .withData("error", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}
