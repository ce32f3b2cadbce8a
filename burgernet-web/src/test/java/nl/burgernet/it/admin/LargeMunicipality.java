package nl.burgernet.it.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import nl.burgernet.application.identity.UserService;
import nl.burgernet.application.municipality.MunicipalityService;
import nl.burgernet.domain.model.identity.Role;
import nl.burgernet.domain.model.municipality.MunicipalitySettings;
import nl.burgernet.infrastructure.geo.OfflinePostcodeGeocoder;
import nl.burgernet.infrastructure.geo.PostcodeEntry;

/**
 * One municipality of {@value #PARTICIPANTS} participants (Stichtse Vecht's postcodes) and its admin, for measuring
 * the participant table at that size. Deployed only by {@link LargeMunicipalityIT}.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class LargeMunicipality {

    private static final Logger LOG = Logger.getLogger(LargeMunicipality.class.getName());

    public static final String CBS_CODE = "GM9601";
    public static final String ADMIN = "large-admin";
    public static final String PASSWORD = "large-municipality";
    public static final int PARTICIPANTS = 100_000;
    private static final int CHUNK = 5_000;

    @Inject
    MunicipalityService municipalities;

    @Inject
    UserService users;

    @Inject
    BulkParticipants bulk;

    @PostConstruct
    void create() {
        if (municipalities.findByCbsCode(CBS_CODE).isPresent()) {
            return;
        }
        long id = municipalities
                .createForSetup(CBS_CODE, "Grootgemeente", MunicipalitySettings.defaults())
                .id();
        users.createDuringSetup(
                new UserService.NewUser(
                        ADMIN, "Beheer Grootgemeente", PASSWORD.toCharArray(), Role.MUNICIPALITY_ADMIN, Set.of(id)),
                true);
        List<PostcodeEntry> postcodes = OfflinePostcodeGeocoder.demo().entries().stream()
                .filter(e -> e.municipality().value().equals("GM0355"))
                .toList();
        long started = System.nanoTime();
        try {
            for (int from = 0; from < PARTICIPANTS; from += CHUNK) {
                bulk.insert(id, from, Math.min(PARTICIPANTS, from + CHUNK), postcodes);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Bulk insert of the large municipality failed", e);
        }
        LOG.info(() -> "LARGE: inserted " + PARTICIPANTS + " participants in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
    }
}
