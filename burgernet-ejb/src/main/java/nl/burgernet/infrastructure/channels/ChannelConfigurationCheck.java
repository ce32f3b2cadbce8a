package nl.burgernet.infrastructure.channels;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import nl.burgernet.application.municipality.MunicipalityService;

/**
 * At start-up, names every channel a municipality has switched on that no deployed plugin provides: after a plugin
 * jar was removed, an admin should hear it from the log, not from residents who stopped getting alerts.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class ChannelConfigurationCheck {

    @Inject
    ChannelRegistry registry;

    @Inject
    MunicipalityService municipalities;

    @PostConstruct
    void check() {
        municipalities
                .all()
                .forEach(m -> registry.warnAboutMissing(m.name(), m.settings().enabledChannels()));
    }
}
