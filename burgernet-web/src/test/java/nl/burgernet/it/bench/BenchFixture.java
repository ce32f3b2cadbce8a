package nl.burgernet.it.bench;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Set;
import nl.burgernet.application.identity.UserService;
import nl.burgernet.application.municipality.MunicipalityService;
import nl.burgernet.domain.model.geo.Coordinates;
import nl.burgernet.domain.model.identity.Role;
import nl.burgernet.domain.model.municipality.MunicipalitySettings;

/**
 * The benchmark's two municipalities and their logins, without participants (the benchmark asks for those through
 * {@link BenchResource}, so it can time them and leave out what a run does not need). Benchstad sends alerts by
 * e-mail only; Importstad receives the CSV import; Meetstad's one participant gets the benchmark's mail through the
 * test mail server, which shows how large it is.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class BenchFixture {

    public static final String BENCHSTAD = "GM9401";
    public static final String IMPORTSTAD = "GM9402";
    public static final String MEETSTAD = "GM9403";
    /** The SMS benchmark's municipality: its participants have a mobile number and get alerts by SMS only. */
    public static final String SMSSTAD = "GM9404";

    public static final String SMS_OPERATOR = "bench-sms-operator";
    public static final String OPERATOR = "bench-operator";
    public static final String PROBE_OPERATOR = "bench-probe-operator";
    public static final String PROBE_ADDRESS = "probe@meetstad.example.nl";
    public static final String ADMIN = "bench-admin";
    public static final String IMPORT_ADMIN = "bench-import-admin";
    /** An operator of Benchstad the benchmark makes the national control room's, for the AMBER Alert. */
    public static final String NATIONAL = "bench-national";
    /** Grants {@link #NATIONAL} its national reach, as a platform admin does. */
    public static final String PLATFORM_ADMIN = "bench-platform";

    public static final String PASSWORD = "bench-test";
    public static final Coordinates CENTRE = new Coordinates(52.09, 5.12);

    @Inject
    MunicipalityService municipalities;

    @Inject
    UserService users;

    @PostConstruct
    void create() {
        if (municipalities.findByCbsCode(BENCHSTAD).isPresent()) {
            return;
        }
        MunicipalitySettings d = MunicipalitySettings.defaults();
        MunicipalitySettings emailOnly = new MunicipalitySettings(
                null, null, null, null, null, d.brandColour(), "nl", Set.of("email"), null, null);
        long benchstad =
                municipalities.createForSetup(BENCHSTAD, "Benchstad", emailOnly).id();
        long importstad =
                municipalities.createForSetup(IMPORTSTAD, "Importstad", d).id();
        long meetstad =
                municipalities.createForSetup(MEETSTAD, "Meetstad", emailOnly).id();
        user(OPERATOR, Role.OPERATOR, benchstad);
        user(ADMIN, Role.MUNICIPALITY_ADMIN, benchstad);
        user(IMPORT_ADMIN, Role.MUNICIPALITY_ADMIN, importstad);
        user(PROBE_OPERATOR, Role.OPERATOR, meetstad);
        user(NATIONAL, Role.OPERATOR, benchstad);
        users.createDuringSetup(
                new UserService.NewUser(
                        PLATFORM_ADMIN, PLATFORM_ADMIN, PASSWORD.toCharArray(), Role.PLATFORM_ADMIN, Set.of()),
                true);
        MunicipalitySettings smsOnly = new MunicipalitySettings(
                null, null, null, null, null, d.brandColour(), "nl", Set.of("sms"), null, null);
        long smsstad =
                municipalities.createForSetup(SMSSTAD, "Smsstad", smsOnly).id();
        user(SMS_OPERATOR, Role.OPERATOR, smsstad);
    }

    private void user(String name, Role role, long municipality) {
        users.createDuringSetup(
                new UserService.NewUser(name, name, PASSWORD.toCharArray(), role, Set.of(municipality)), true);
    }
}
