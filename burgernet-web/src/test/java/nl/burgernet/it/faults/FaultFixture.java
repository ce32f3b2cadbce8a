package nl.burgernet.it.faults;

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
 * Deployed with the fault suite only: a municipality with {@link #PARTICIPANTS} participants on e-mail within 1 km of
 * {@link #CENTRE}, an operator, and a limit on its e-mail lane (one batch at a time, {@link #MAILS_PER_SECOND} a
 * second) so that a dispatch lasts long enough for a fault to hit it in the middle, and batches that find the lane
 * full go back through the broker.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class FaultFixture {

    public static final String CBS_CODE = "GM9941";
    public static final String OPERATOR = "fault-operator";
    public static final String PASSWORD = "fault-test";
    public static final int PARTICIPANTS = 400;
    public static final int MAILS_PER_SECOND = 40;
    public static final Coordinates CENTRE = new Coordinates(52.40, 5.70);
    private static final long FIRST_ID = 2_100_000_000L;

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
                .createForSetup(CBS_CODE, "Storingsdorp", MunicipalitySettings.defaults())
                .id();
        users.createDuringSetup(
                new UserService.NewUser(OPERATOR, OPERATOR, PASSWORD.toCharArray(), Role.OPERATOR, Set.of(id)), true);
        try {
            tx.begin();
            insertParticipants(id);
            tx.commit();
        } catch (Exception e) {
            throw new IllegalStateException("Could not write the fault suite's participants", e);
        }
    }

    public static String email(int i) {
        return "fault" + i + "@example.nl";
    }

    private void insertParticipants(long municipalityId) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement("INSERT INTO participant (id, municipality_id, email,"
                        + " birth_year, language, status, access_token, created_at, confirmed_at, version)"
                        + " VALUES (?, ?, ?, 1970, 'nl', 'ACTIVE', ?, ?, ?, 0)");
                PreparedStatement a = c.prepareStatement("INSERT INTO participant_address (id, participant_id,"
                        + " municipality_id, position, postcode, house_number, place, latitude, longitude)"
                        + " VALUES (?, ?, ?, 0, '3701AB', ?, 'Storingsdorp', ?, ?)");
                PreparedStatement k = c.prepareStatement("INSERT INTO participant_contact (participant_id,"
                        + " municipality_id, channel, address, enabled, updated_at) SELECT id, municipality_id,"
                        + " 'email', email, 1, created_at FROM participant WHERE id BETWEEN ? AND ?");
                PreparedStatement limit = c.prepareStatement("INSERT INTO channel_limit (municipality_id, channel,"
                        + " concurrent_batches, messages_per_second) VALUES (?, 'email', 1, ?)")) {
            for (int i = 0; i < PARTICIPANTS; i++) {
                long id = FIRST_ID + i;
                p.setLong(1, id);
                p.setLong(2, municipalityId);
                p.setString(3, email(i));
                p.setString(4, "fault-token-" + i);
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
            k.setLong(1, FIRST_ID);
            k.setLong(2, FIRST_ID + PARTICIPANTS - 1);
            k.executeUpdate();
            limit.setLong(1, municipalityId);
            limit.setInt(2, MAILS_PER_SECOND);
            limit.executeUpdate();
        }
    }
}
