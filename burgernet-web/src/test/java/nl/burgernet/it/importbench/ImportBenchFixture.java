package nl.burgernet.it.importbench;

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

/** An empty municipality and its admin, for the import measurement. Deployed only by {@link CsvImportBenchmarkIT}. */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class ImportBenchFixture {

    public static final String CBS_CODE = "GM9701";
    public static final String ADMIN = "import-admin";
    public static final String PASSWORD = "import-bench";

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
                .createForSetup(CBS_CODE, "Importstad", MunicipalitySettings.defaults())
                .id();
        users.createDuringSetup(
                new UserService.NewUser(
                        ADMIN, "Beheer Importstad", PASSWORD.toCharArray(), Role.MUNICIPALITY_ADMIN, Set.of(id)),
                true);
    }
}
