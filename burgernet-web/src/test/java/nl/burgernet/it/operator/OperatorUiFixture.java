package nl.burgernet.it.operator;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.util.Set;
import nl.burgernet.application.identity.UserService;
import nl.burgernet.application.municipality.MunicipalityService;
import nl.burgernet.domain.model.geo.Coordinates;
import nl.burgernet.domain.model.identity.Role;
import nl.burgernet.domain.model.municipality.AlertPolicy;
import nl.burgernet.domain.model.municipality.MunicipalitySettings;
import nl.burgernet.it.alerts.AlertFixtureWriter;

/**
 * A municipality on the Vecht like Stichtse Vecht, with participants placed at known distances from the station
 * square in Maarssen, so the operator's circle holds a known number of them:
 *
 * <ul>
 *   <li>{@value #NEAR} within 250 m, every second one also by SMS, and one more at 100 m asleep all day (quiet
 *       hours), who is counted as left out;
 *   <li>{@value #MIDDLE} between 600 m and 1,100 m: inside a suspect alert's default circle of 1.5 km, outside 300 m;
 *   <li>{@value #FAR} 3 to 5 km away, outside both.
 * </ul>
 *
 * A second municipality wants four eyes: two operators, the one approves what the other wrote.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
// Each step commits on its own: later steps (other transactions) refer to the municipalities created first.
@TransactionManagement(TransactionManagementType.BEAN)
public class OperatorUiFixture {

    public static final String PASSWORD = "operator-ui-test";
    public static final String VECHT = "GM9301";
    public static final String VECHT_NAME = "Vechtstreek";
    public static final String FOUR_EYES = "GM9302";
    public static final String OPERATOR = "ui-meldkamer";
    public static final String FOUR_EYES_AUTHOR = "ui-four-author";
    public static final String FOUR_EYES_APPROVER = "ui-four-approver";

    /** Station square, Maarssen. */
    public static final Coordinates MAARSSEN = new Coordinates(52.135, 5.04);
    /** Breukelen, where the four-eyes municipality's participants live. */
    public static final Coordinates BREUKELEN = new Coordinates(52.171, 5.001);

    public static final int NEAR = 10;
    public static final int NEAR_WITH_SMS = 5;
    public static final int MIDDLE = 6;
    public static final int FAR = 4;
    public static final int FOUR_EYES_PARTICIPANTS = 3;

    @Inject
    MunicipalityService municipalities;

    @Inject
    UserService users;

    @Inject
    AlertFixtureWriter writer;

    private int mobiles;

    @PostConstruct
    void create() {
        if (municipalities.findByCbsCode(VECHT).isPresent()) {
            return;
        }
        long vecht = municipality(VECHT, VECHT_NAME, new AlertPolicy("Utrecht", false, 100));
        long fourEyes = municipality(FOUR_EYES, "Vierogen aan de Vecht", new AlertPolicy("Utrecht", true, 100));
        operator(OPERATOR, "Meldkamer Midden-Nederland", vecht);
        operator(FOUR_EYES_AUTHOR, "Centralist Anna", fourEyes);
        operator(FOUR_EYES_APPROVER, "Centralist Bert", fourEyes);

        for (int i = 0; i < NEAR; i++) {
            place(vecht, "dichtbij" + i, MAARSSEN.moved(i * 36, 40 + i * 20), i % 2 == 0, false);
        }
        place(vecht, "slaper", MAARSSEN.moved(200, 100), false, true);
        for (int i = 0; i < MIDDLE; i++) {
            place(vecht, "verderop" + i, MAARSSEN.moved(15 + i * 60, 600 + i * 100), false, false);
        }
        for (int i = 0; i < FAR; i++) {
            place(vecht, "ver" + i, MAARSSEN.moved(45 + i * 90, 3_000 + i * 600), false, false);
        }
        for (int i = 0; i < FOUR_EYES_PARTICIPANTS; i++) {
            place(fourEyes, "breukelen" + i, BREUKELEN.moved(i * 120, 80), false, false);
        }
    }

    private long municipality(String code, String name, AlertPolicy policy) {
        long id = municipalities
                .createForSetup(code, name, MunicipalitySettings.defaults())
                .id();
        writer.configure(id, policy, "email,sms");
        return id;
    }

    private void operator(String username, String displayName, long municipality) {
        users.createDuringSetup(
                new UserService.NewUser(
                        username, displayName, PASSWORD.toCharArray(), Role.OPERATOR, Set.of(municipality)),
                true);
    }

    private void place(long municipality, String name, Coordinates at, boolean sms, boolean asleep) {
        writer.participant(
                municipality,
                name + "@vecht.example.nl",
                sms ? "+3161100%04d".formatted(++mobiles) : null,
                at.latitude(),
                at.longitude(),
                asleep ? LocalTime.of(0, 0) : null,
                asleep ? LocalTime.of(23, 59) : null);
    }
}
