package nl.burgernet.it.api;

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
import nl.burgernet.domain.model.geo.Coordinates;
import nl.burgernet.domain.model.identity.Role;
import nl.burgernet.domain.model.municipality.AlertPolicy;
import nl.burgernet.domain.model.municipality.MunicipalitySettings;
import nl.burgernet.it.alerts.AlertFixtureWriter;

/**
 * Two municipalities, each with an admin who makes API keys: {@link #KEYS} with {@value #PARTICIPANTS} participants
 * (e-mail) around {@link #CENTRE} and an operator; {@link #OTHER}, whose key must never reach {@link #KEYS}' alerts.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class ApiKeyFixture {

    public static final String PASSWORD = "api-key-test";
    public static final String KEYS = "GM9501";
    public static final String OTHER = "GM9502";
    public static final String ADMIN = "keys-admin";
    public static final String OTHER_ADMIN = "keys-admin-other";
    public static final String OPERATOR = "keys-operator";
    public static final Coordinates CENTRE = new Coordinates(52.30, 5.70);
    public static final int PARTICIPANTS = 4;
    /** Sends by SMS through the SMSC simulator: three participants with a mobile number. */
    public static final String SMS = "GM9503";

    public static final String SMS_OPERATOR = "sms-operator";
    public static final Coordinates SMS_POINT = new Coordinates(52.34, 5.74);
    public static final String SMS_NUMBER = "+3161200000";

    @Inject
    MunicipalityService municipalities;

    @Inject
    UserService users;

    @Inject
    AlertFixtureWriter writer;

    @PostConstruct
    void create() {
        if (municipalities.findByCbsCode(KEYS).isPresent()) {
            return;
        }
        long keys = municipality(KEYS, "Sleutelstad");
        long other = municipality(OTHER, "Anderstad");
        user(ADMIN, Role.MUNICIPALITY_ADMIN, keys);
        user(OTHER_ADMIN, Role.MUNICIPALITY_ADMIN, other);
        user(OPERATOR, Role.OPERATOR, keys);
        long sms = municipality(SMS, "Smsdorp");
        writer.configure(sms, new AlertPolicy((String) null, false, 100), "email,sms");
        user(SMS_OPERATOR, Role.OPERATOR, sms);
        for (int i = 0; i < 3; i++) {
            Coordinates at = SMS_POINT.moved(i * 120, 100);
            writer.participant(
                    sms, "smsdorp" + i + "@example.nl", SMS_NUMBER + i, at.latitude(), at.longitude(), null, null);
        }
        for (int i = 0; i < PARTICIPANTS; i++) {
            Coordinates at = CENTRE.moved(i * 90, 100);
            writer.participant(keys, "sleutel" + i + "@example.nl", null, at.latitude(), at.longitude(), null, null);
        }
    }

    private long municipality(String code, String name) {
        long id = municipalities
                .createForSetup(code, name, MunicipalitySettings.defaults())
                .id();
        writer.configure(id, new AlertPolicy((String) null, false, 100), "email");
        return id;
    }

    private void user(String name, Role role, long municipality) {
        users.createDuringSetup(
                new UserService.NewUser(name, name, PASSWORD.toCharArray(), role, Set.of(municipality)), true);
    }
}
