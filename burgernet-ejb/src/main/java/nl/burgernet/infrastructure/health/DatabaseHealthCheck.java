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
            var meta = c.getMetaData();
            return response.up()
                    .withData("product", meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion())
                    .withData("valid", c.isValid(2))
                    .build();
        } catch (SQLException e) {
            return response.down()
                    .withData("error", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}
