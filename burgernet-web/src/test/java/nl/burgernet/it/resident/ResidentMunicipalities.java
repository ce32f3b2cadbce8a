package nl.burgernet.it.resident;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.Optional;
import java.util.Set;
import nl.burgernet.application.identity.UserService;
import nl.burgernet.application.municipality.MunicipalityService;
import nl.burgernet.application.municipality.MunicipalityView;
import nl.burgernet.domain.model.identity.Role;
import nl.burgernet.domain.model.municipality.CbsCode;
import nl.burgernet.domain.model.municipality.MunicipalityRepository;
import nl.burgernet.domain.model.municipality.MunicipalitySettings;

/**
 * The two municipalities the offline geocoder's demo table knows (so sign-ups find theirs from the postcode), each
 * with an admin whose REST view checks what residents did. The integration tests share one database, so it creates
 * what is missing and otherwise applies the settings these tests check.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class ResidentMunicipalities {

    public static final String PASSWORD = "resident-self-service";
    public static final String STICHTSE_VECHT = "GM0355";
    public static final String DE_RONDE_VENEN = "GM0736";
    public static final String ADMIN_STICHTSE_VECHT = "resident-it-admin-sv";
    public static final String ADMIN_DE_RONDE_VENEN = "resident-it-admin-drv";

    @Inject
    MunicipalityService municipalities;

    @Inject
    UserService users;

    @Inject
    MunicipalityRepository repository;

    @Resource
    UserTransaction tx;

    @PostConstruct
    void create() {
        long sv = municipality(
                STICHTSE_VECHT,
                "Stichtse Vecht",
                new MunicipalitySettings(
                        "burgernet@stichtsevecht.nl",
                        "Burgernet Stichtse Vecht",
                        "burgernet@stichtsevecht.nl",
                        null,
                        null,
                        "#00529b",
                        "nl",
                        Set.of("email", "sms"),
                        null,
                        null));
        long drv = municipality(DE_RONDE_VENEN, "De Ronde Venen", MunicipalitySettings.defaults());
        admin(ADMIN_STICHTSE_VECHT, sv);
        admin(ADMIN_DE_RONDE_VENEN, drv);
    }

    /** Creates it, or gives an existing one (another test's) the settings these tests check. */
    private long municipality(String cbs, String name, MunicipalitySettings settings) {
        Optional<MunicipalityView> existing = municipalities.findByCbsCode(cbs);
        if (existing.isEmpty()) {
            return municipalities.createForSetup(cbs, name, settings).id();
        }
        try {
            tx.begin();
            repository.findByCbsCode(new CbsCode(cbs)).orElseThrow().applySettings(settings);
            tx.commit();
        } catch (Exception e) {
            throw new IllegalStateException("Could not set up " + cbs, e);
        }
        return existing.get().id();
    }

    private void admin(String username, long municipality) {
        if (users.find(username).isEmpty()) {
            users.createDuringSetup(
                    new UserService.NewUser(
                            username, username, PASSWORD.toCharArray(), Role.MUNICIPALITY_ADMIN, Set.of(municipality)),
                    true);
        }
    }
}
