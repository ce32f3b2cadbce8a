package nl.burgernet.infrastructure.health;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/** Starts after the database migration and the reply intake, and then tells readiness that the portal has started. */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "ReplyIntake"})
public class StartupCompletion {

    @PostConstruct
    void started() {
        DeploymentReadiness.started();
    }
}
