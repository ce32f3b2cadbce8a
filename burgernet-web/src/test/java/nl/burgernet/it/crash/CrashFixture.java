package nl.burgernet.it.crash;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import javax.sql.DataSource;
import nl.burgernet.application.identity.UserService;
import nl.burgernet.application.municipality.MunicipalityService;
import nl.burgernet.domain.model.geo.Coordinates;
import nl.burgernet.domain.model.identity.Role;
import nl.burgernet.domain.model.municipality.MunicipalitySettings;

/**
 * Deployed with the crash test only: a municipality with {@link #PARTICIPANTS} participants within 1 km of {@link
 * #CENTRE}, all on e-mail, and an operator; created on the first start and found again after the restart.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class CrashFixture {

    public static final String CBS_CODE = "GM9301";
    public static final String OPERATOR = "crash-operator";
    public static final String PASSWORD = "crash-test";
    public static final int PARTICIPANTS = 3_000;
    public static final Coordinates CENTRE = new Coordinates(52.30, 5.60);
    private static final long FIRST_ID = 2_000_000_000L;

    @Inject
    MunicipalityService municipalities;

    @Inject
    UserService users;

    @Resource(lookup = "jdbc/burgernet")
    DataSource dataSource;

    @Resource
    UserTransaction tx;

    @PostConstruct
    void create() {
        if (municipalities.findByCbsCode(CBS_CODE).isPresent()) {
            return;
        }
        long id = municipalities
                .createForSetup(CBS_CODE, "Crashdorp", MunicipalitySettings.defaults())
                .id();
        users.createDuringSetup(
                new UserService.NewUser(OPERATOR, OPERATOR, PASSWORD.toCharArray(), Role.OPERATOR, Set.of(id)), true);
        try {
            tx.begin();
            insertParticipants(id);
            tx.commit();
        } catch (Exception e) {
            throw new IllegalStateException("Could not write the crash test's participants", e);
        }
    }

    public static String email(int i) {
        return "crash" + i + "@example.nl";
    }

    private void insertParticipants(long municipalityId) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement("INSERT INTO participant (id, municipality_id, email,"
                        + " birth_year, language, status, access_token, created_at, confirmed_at, version)"
                        + " VALUES (?, ?, ?, 1970, 'nl', 'ACTIVE', ?, ?, ?, 0)");
                PreparedStatement a = c.prepareStatement("INSERT INTO participant_address (id, participant_id,"
                        + " municipality_id, position, postcode, house_number, place, latitude, longitude)"
                        + " VALUES (?, ?, ?, 0, '3601AB', ?, 'Crashdorp', ?, ?)")) {
            for (int i = 0; i < PARTICIPANTS; i++) {
                long id = FIRST_ID + i;
                p.setLong(1, id);
                p.setLong(2, municipalityId);
                p.setString(3, email(i));
                p.setString(4, "crash-token-" + i);
                p.setTimestamp(5, now);
                p.setTimestamp(6, now);
                p.addBatch();
                Coordinates at = CENTRE.moved(i % 360, 10 + (i * 7) % 900);
                a.setLong(1, id);
                a.setLong(2, id);
                a.setLong(3, municipalityId);
                a.setInt(4, 1 + i);
                a.setDouble(5, at.latitude());
                a.setDouble(6, at.longitude());
                a.addBatch();
            }
            p.executeBatch();
            a.executeBatch();
            emailContacts(c, FIRST_ID, FIRST_ID + PARTICIPANTS - 1);
        }
    }

    /**
     * An e-mail contact point, on, at their e-mail address, for every participant with an id in the range: what the
     * portal stores per participant and channel ({@code V7__contact_points.sql}).
     */
    private static void emailContacts(Connection c, long fromId, long toId) throws java.sql.SQLException {
        try (PreparedStatement k = c.prepareStatement("INSERT INTO participant_contact (participant_id,"
                + " municipality_id, channel, address, enabled, updated_at) SELECT id, municipality_id, 'email',"
                + " email, 1, created_at FROM participant WHERE id BETWEEN ? AND ?")) {
            k.setLong(1, fromId);
            k.setLong(2, toId);
            k.executeUpdate();
        }
    }
}
