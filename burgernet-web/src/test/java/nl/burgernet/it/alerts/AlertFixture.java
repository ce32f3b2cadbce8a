package nl.burgernet.it.alerts;

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
import nl.burgernet.domain.model.participant.ContactDetails;

/**
 * Municipalities and participants placed at known points, so each test's circle holds a known set of people.
 *
 * <ul>
 *   <li>{@link #DISPATCH} (region Utrecht, budget 100): {@link #LIFECYCLE} 20 participants, every second one with
 *       SMS, and one 5 km away; {@link #QUIET} one with all-day quiet hours and one without; {@link #RETRY} three
 *       SMS participants whose numbers the SMS channel is scripted to retry, refuse and accept; {@link #SCHEDULE}
 *       two; {@link #REGION} three (another municipality of the region has two more there)
 *   <li>{@link #NEIGHBOUR} (region Utrecht): two participants at {@link #REGION}
 *   <li>{@link #FOUR_EYES}: a second operator approves; two participants
 *   <li>{@link #BUDGET} (budget 1 alert a week): two participants
 * </ul>
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class AlertFixture {

    public static final String PASSWORD = "alert-test";
    public static final String DISPATCH = "GM9201";
    public static final String NEIGHBOUR = "GM9202";
    public static final String FOUR_EYES = "GM9203";
    public static final String BUDGET = "GM9204";
    /** Uses e-mail and the test-only pager channel, which the core knows nothing about. */
    public static final String PAGER = "GM9205";

    public static final String PAGER_ADMIN = "adm-pager";

    /** Seven channels deployed and on, one of which hangs ({@link HangingChannel}). */
    public static final String LANES = "GM9206";

    public static final List<String> SEVEN_CHANNELS =
            List.of("email", "sms", "pager", "quick-b", "quick-c", "quick-d", HangingChannel.ID);

    public static final Coordinates LANES_POINT = new Coordinates(52.26, 5.80);

    public static final Coordinates LIFECYCLE = new Coordinates(52.10, 5.00);
    public static final Coordinates QUIET = new Coordinates(52.12, 5.10);
    public static final Coordinates RETRY = new Coordinates(52.14, 5.20);
    public static final Coordinates SCHEDULE = new Coordinates(52.16, 5.30);
    public static final Coordinates REGION = new Coordinates(52.18, 5.40);
    public static final Coordinates FOUR_EYES_POINT = new Coordinates(52.20, 5.50);
    public static final Coordinates BUDGET_POINT = new Coordinates(52.22, 5.60);
    /** Residents who reply, forward, go on holiday and bounce ({@code ReplyLoopIT}). */
    public static final Coordinates REPLY_POINT = new Coordinates(52.24, 5.70);

    public static final String PLATFORM_ADMIN = "it-platform-admin";

    public static final String RETRYING_MOBILE = "+31600000001";
    public static final String REFUSED_MOBILE = "+31600000002";

    @Inject
    MunicipalityService municipalities;

    @Inject
    UserService users;

    @Inject
    AlertFixtureWriter writer;

    @PostConstruct
    void create() {
        if (municipalities.findByCbsCode(DISPATCH).isPresent()) {
            return;
        }
        long dispatch = municipality(DISPATCH, "Dispatchstad", new AlertPolicy("Utrecht", false, 100));
        long neighbour = municipality(NEIGHBOUR, "Buurgemeente", new AlertPolicy("Utrecht", false, 100));
        long fourEyes = municipality(FOUR_EYES, "Vierogenstad", new AlertPolicy("Gelderland", true, 100));
        long budget = municipality(BUDGET, "Budgetdorp", new AlertPolicy("Gelderland", false, 1));
        operator("op-dispatch", dispatch);
        operator("op-neighbour", neighbour);
        operator("op-four-a", fourEyes);
        operator("op-four-b", fourEyes);
        operator("op-four-c", fourEyes);
        operator("op-budget", budget);
        long lanes = municipality(
                LANES, "Zevenkanalen", new AlertPolicy("Zeeland", false, 100), String.join(",", SEVEN_CHANNELS));
        operator("op-lanes", lanes);
        for (int i = 0; i < 10; i++) {
            Coordinates home = LANES_POINT.moved(i * 36, 100);
            writer.participantOn(
                    lanes,
                    "lanes" + i + "@example.nl",
                    home.latitude(),
                    home.longitude(),
                    List.of(
                            new ContactDetails("sms", "+3162000000" + i, true),
                            new ContactDetails("pager", "+3130200000" + i, true),
                            new ContactDetails("quick-b", "+3130300000" + i, true),
                            new ContactDetails("quick-c", "+3130400000" + i, true),
                            new ContactDetails("quick-d", "+3130500000" + i, true),
                            new ContactDetails(HangingChannel.ID, null, true)));
        }
        long pager = municipality(PAGER, "Pieperdorp", new AlertPolicy("Flevoland", false, 100), "email,pager");
        operator("op-pager", pager);
        users.createDuringSetup(
                new UserService.NewUser(
                        PAGER_ADMIN, PAGER_ADMIN, PASSWORD.toCharArray(), Role.MUNICIPALITY_ADMIN, Set.of(pager)),
                true);

        for (int i = 0; i < 20; i++) {
            Coordinates at = LIFECYCLE.moved(i * 18, 50 + i * 10);
            writer.participant(
                    dispatch,
                    "life" + i + "@example.nl",
                    i % 2 == 0 ? "+316100000" + (10 + i) : null,
                    at.latitude(),
                    at.longitude(),
                    null,
                    null);
        }
        Coordinates far = LIFECYCLE.moved(90, 5_000);
        writer.participant(dispatch, "far@example.nl", null, far.latitude(), far.longitude(), null, null);

        writer.participant(
                dispatch,
                "sleeper@example.nl",
                null,
                QUIET.latitude(),
                QUIET.longitude(),
                LocalTime.of(0, 0),
                LocalTime.of(23, 59));
        writer.participant(dispatch, "awake@example.nl", null, QUIET.latitude(), QUIET.longitude(), null, null);

        writer.participant(
                dispatch, "retry@example.nl", RETRYING_MOBILE, RETRY.latitude(), RETRY.longitude(), null, null);
        writer.participant(
                dispatch, "refused@example.nl", REFUSED_MOBILE, RETRY.latitude(), RETRY.longitude(), null, null);
        writer.participant(
                dispatch, "fine@example.nl", "+31600000003", RETRY.latitude(), RETRY.longitude(), null, null);

        for (int i = 0; i < 2; i++) {
            writer.participant(
                    dispatch, "sched" + i + "@example.nl", null, SCHEDULE.latitude(), SCHEDULE.longitude(), null, null);
            writer.participant(
                    neighbour,
                    "neighbour" + i + "@example.nl",
                    null,
                    REGION.latitude(),
                    REGION.longitude(),
                    null,
                    null);
            writer.participant(
                    fourEyes,
                    "four" + i + "@example.nl",
                    null,
                    FOUR_EYES_POINT.latitude(),
                    FOUR_EYES_POINT.longitude(),
                    null,
                    null);
            writer.participant(
                    budget,
                    "budget" + i + "@example.nl",
                    null,
                    BUDGET_POINT.latitude(),
                    BUDGET_POINT.longitude(),
                    null,
                    null);
        }
        for (int i = 0; i < 4; i++) {
            Coordinates home = REPLY_POINT.moved(0, 100 + 100 * i);
            writer.participant(
                    dispatch, "replier" + i + "@example.nl", null, home.latitude(), home.longitude(), null, null);
        }
        users.createDuringSetup(
                new UserService.NewUser(
                        PLATFORM_ADMIN, PLATFORM_ADMIN, PASSWORD.toCharArray(), Role.PLATFORM_ADMIN, Set.of()),
                true);
        for (int i = 0; i < 3; i++) {
            writer.participant(
                    dispatch, "region" + i + "@example.nl", null, REGION.latitude(), REGION.longitude(), null, null);
        }
    }

    private long municipality(String code, String name, AlertPolicy policy) {
        return municipality(code, name, policy, "email,sms");
    }

    private long municipality(String code, String name, AlertPolicy policy, String channels) {
        long id = municipalities
                .createForSetup(code, name, MunicipalitySettings.defaults())
                .id();
        writer.configure(id, policy, channels);
        return id;
    }

    private void operator(String name, long municipality) {
        users.createDuringSetup(
                new UserService.NewUser(name, name, PASSWORD.toCharArray(), Role.OPERATOR, Set.of(municipality)), true);
    }
}
