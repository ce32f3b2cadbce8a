package nl.burgernet.it.tenancy;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import nl.burgernet.application.identity.UserService;
import nl.burgernet.application.municipality.MunicipalityService;
import nl.burgernet.domain.model.geo.Coordinates;
import nl.burgernet.domain.model.identity.Role;
import nl.burgernet.domain.model.municipality.AlertPolicy;
import nl.burgernet.domain.model.municipality.MunicipalitySettings;
import nl.burgernet.domain.model.participant.AddressDetails;
import nl.burgernet.domain.model.participant.ContactDetails;
import nl.burgernet.domain.model.participant.ParticipantDetails;

/**
 * Reach across municipalities: Noordwolde and Oostwolde in one veiligheidsregio, Zuidwolde in another, each with two
 * participants living at {@link #POINT} (the same street, so only the reach decides who an alert gets). An operator
 * of Noordwolde, another one the test makes the national control room's, a platform admin who grants that, and
 * Zuidwolde's admin.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class ReachRegions {

    public static final String PASSWORD = "reach-test";
    public static final String NOORD = "GM9921";
    public static final String OOST = "GM9922";
    public static final String ZUID = "GM9923";
    public static final String OPERATOR = "reach-operator";
    public static final String NATIONAL = "reach-national";
    public static final String PLATFORM_ADMIN = "reach-platform";
    public static final String ADMIN_ZUID = "reach-admin-zuid";
    /** Where every participant of the three lives: far from the other fixtures' participants. */
    public static final Coordinates POINT = new Coordinates(53.2194, 6.5665);

    @Inject
    MunicipalityService municipalities;

    @Inject
    UserService users;

    @Inject
    ParticipantWriter writer;

    @PostConstruct
    void create() {
        if (municipalities.findByCbsCode(NOORD).isPresent()) {
            return;
        }
        long noord = municipality(NOORD, "Noordwolde", "VR Reikwijdte Noord");
        long oost = municipality(OOST, "Oostwolde", "VR Reikwijdte Noord");
        long zuid = municipality(ZUID, "Zuidwolde", "VR Reikwijdte Zuid");
        user(OPERATOR, Role.OPERATOR, Set.of(noord));
        user(NATIONAL, Role.OPERATOR, Set.of(noord));
        user(PLATFORM_ADMIN, Role.PLATFORM_ADMIN, Set.of());
        user(ADMIN_ZUID, Role.MUNICIPALITY_ADMIN, Set.of(zuid));
        for (int i = 0; i < 2; i++) {
            writer.add(noord, participant("reach-noord" + i + "@example.nl"));
            writer.add(oost, participant("reach-oost" + i + "@example.nl"));
            writer.add(zuid, participant("reach-zuid" + i + "@example.nl"));
        }
    }

    private long municipality(String code, String name, String region) {
        return municipalities
                .createForSetup(code, name, MunicipalitySettings.defaults(), new AlertPolicy(region, false, 100))
                .id();
    }

    private void user(String name, Role role, Set<Long> municipalityIds) {
        users.createDuringSetup(
                new UserService.NewUser(name, name, PASSWORD.toCharArray(), role, municipalityIds), true);
    }

    private static ParticipantDetails participant(String email) {
        return new ParticipantDetails(
                email,
                null,
                1980,
                "nl",
                List.of(new ContactDetails("email", email, true)),
                LocalTime.of(23, 0),
                LocalTime.of(7, 0),
                List.of(new AddressDetails("9712AB", 1, null, "Groningen", POINT.latitude(), POINT.longitude())));
    }
}
