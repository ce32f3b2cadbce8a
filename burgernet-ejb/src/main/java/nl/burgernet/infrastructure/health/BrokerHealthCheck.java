package nl.burgernet.infrastructure.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import nl.burgernet.infrastructure.messaging.jms.Jms;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Opens a connection through the resource adapter, the same path every send and MDB takes. */
@Readiness
@ApplicationScoped
public class BrokerHealthCheck implements DetailedHealthCheck {

    @Resource(lookup = Jms.CONNECTION_FACTORY)
    private ConnectionFactory connectionFactory;

    @Override
    public HealthCheckResponse detailed() {
        var response = HealthCheckResponse.named("jms-broker");
        try (Connection c = connectionFactory.createConnection()) {
            var meta = c.getMetaData();
            return response.up()
                    .withData("provider", meta.getJMSProviderName() + " " + meta.getProviderVersion())
                    .build();
        } catch (Exception e) {
            return response.down()
                    .withData("error", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}
