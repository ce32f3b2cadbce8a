package nl.burgernet.it.plugins;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Set;
import nl.burgernet.application.identity.UserService;
import nl.burgernet.application.municipality.MunicipalityService;
import nl.burgernet.domain.model.identity.Role;
import nl.burgernet.domain.model.municipality.MunicipalitySettings;

/**
 * Deployed with the tests only: a municipality and its admin, created on the first start and found again on every
 * restart, so a test can log in and create data through the portal's own REST API.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
// The admin refers to the municipality, which must be committed first.
@TransactionManagement(TransactionManagementType.BEAN)
public class ProcessFixture {

    public static final String CBS_CODE = "GM9101";
    public static final String ADMIN = "process-admin";
    public static final String PASSWORD = "process-test";

    @Inject
    MunicipalityService municipalities;

    @Inject
    UserService users;

    @PostConstruct
    void create() {
        if (municipalities.findByCbsCode(CBS_CODE).isPresent()) {
            return;
        }
        long id = municipalities
                .createForSetup(CBS_CODE, "Procesgemeente", MunicipalitySettings.defaults())
                .id();
        users.createDuringSetup(
                new UserService.NewUser(ADMIN, ADMIN, PASSWORD.toCharArray(), Role.MUNICIPALITY_ADMIN, Set.of(id)),
                true);
    }
}
