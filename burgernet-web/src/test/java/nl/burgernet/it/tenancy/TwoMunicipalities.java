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
import nl.burgernet.domain.model.identity.Role;
import nl.burgernet.domain.model.municipality.MunicipalitySettings;
import nl.burgernet.domain.model.participant.AddressDetails;
import nl.burgernet.domain.model.participant.ContactDetails;
import nl.burgernet.domain.model.participant.ParticipantDetails;

/**
 * Two municipalities with participants, an admin for each and an operator for both; a third, empty one whose admin
 * imports; and a login that the lock-out test may lock.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
// Each step commits on its own: later steps (other transactions) refer to the municipalities created first.
@TransactionManagement(TransactionManagementType.BEAN)
public class TwoMunicipalities {

    public static final String PASSWORD = "isolation-test";
    public static final String A = "GM9001";
    public static final String B = "GM9002";
    public static final String C = "GM9003";
    /** Imports of the cross-site request tests land here, so the counts of A, B and C stay as the tests expect. */
    public static final String D = "GM9911";

    @Inject
    MunicipalityService municipalities;

    @Inject
    UserService users;

    @Inject
    ParticipantWriter writer;

    @PostConstruct
    void create() {
        if (municipalities.findByCbsCode(A).isPresent()) {
            return;
        }
        long a = municipalities
                .createForSetup(A, "Testgemeente A", MunicipalitySettings.defaults())
                .id();
        long b = municipalities
                .createForSetup(B, "Testgemeente B", MunicipalitySettings.defaults())
                .id();
        users.createDuringSetup(user("admin-a", Role.MUNICIPALITY_ADMIN, Set.of(a)), true);
        users.createDuringSetup(user("admin-b", Role.MUNICIPALITY_ADMIN, Set.of(b)), true);
        users.createDuringSetup(user("operator-ab", Role.OPERATOR, Set.of(a, b)), true);
        long c = municipalities
                .createForSetup(C, "Testgemeente C", MunicipalitySettings.defaults())
                .id();
        users.createDuringSetup(user("admin-c", Role.MUNICIPALITY_ADMIN, Set.of(c)), true);
        users.createDuringSetup(user("lock-me", Role.MUNICIPALITY_ADMIN, Set.of(c)), true);
        users.createDuringSetup(user("guessed-at", Role.MUNICIPALITY_ADMIN, Set.of(c)), true);
        long d = municipalities
                .createForSetup(D, "Testgemeente D", MunicipalitySettings.defaults())
                .id();
        users.createDuringSetup(user("admin-d", Role.MUNICIPALITY_ADMIN, Set.of(d)), true);
        for (int i = 0; i < 3; i++) {
            writer.add(a, participant("a" + i + "@example.nl", "3601AB"));
        }
        for (int i = 0; i < 2; i++) {
            writer.add(b, participant("b" + i + "@example.nl", "3641CD"));
        }
    }

    private static UserService.NewUser user(String name, Role role, Set<Long> municipalities) {
        return new UserService.NewUser(name, name, PASSWORD.toCharArray(), role, municipalities);
    }

    static ParticipantDetails participant(String email, String postcode) {
        return new ParticipantDetails(
                email,
                null,
                1980,
                "nl",
                List.of(new ContactDetails("email", email, true), new ContactDetails("sms", "+31612345678", false)),
                LocalTime.of(23, 0),
                LocalTime.of(7, 0),
                List.of(new AddressDetails(postcode, 12, null, "Maarssen", 52.135, 5.04)));
    }
}
