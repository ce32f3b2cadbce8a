package nl.burgernet.it.bench;

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
 * The dispatch benchmark's municipality: {@code burgernet.bench.recipients} participants (10,000 by default) within
 * 5 km of {@link #CENTRE}, each with a mobile number and only SMS on, so the test kit's channel (under the id "sms")
 * receives every delivery; and an operator.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class BenchFixture {

    public static final String CBS_CODE = "GM9401";
    public static final String OPERATOR = "bench-operator";
    public static final String PASSWORD = "bench-test";
    public static final Coordinates CENTRE = new Coordinates(52.09, 5.12);
    private static final long FIRST_ID = 3_000_000_000L;

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
        MunicipalitySettings d = MunicipalitySettings.defaults();
        MunicipalitySettings smsOnly = new MunicipalitySettings(
                null, null, null, null, null, d.brandColour(), "nl", Set.of("sms"), null, null);
        long id = municipalities.createForSetup(CBS_CODE, "Benchstad", smsOnly).id();
        users.createDuringSetup(
                new UserService.NewUser(OPERATOR, OPERATOR, PASSWORD.toCharArray(), Role.OPERATOR, Set.of(id)), true);
        int n = Integer.getInteger("burgernet.bench.recipients", 10_000);
        try {
            for (int from = 0; from < n; from += 5_000) {
                tx.begin();
                insert(id, from, Math.min(n, from + 5_000));
                tx.commit();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not write the benchmark's participants", e);
        }
    }

    private void insert(long municipalityId, int from, int to) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement("INSERT INTO participant (id, municipality_id, email, mobile,"
                        + " birth_year, language, email_enabled, sms_enabled, voice_enabled, push_enabled, status,"
                        + " bounce_score, access_token, created_at, confirmed_at, version)"
                        + " VALUES (?, ?, NULL, ?, 1970, 'nl', 0, 1, 0, 0, 'ACTIVE', 0, ?, ?, ?, 0)");
                PreparedStatement a = c.prepareStatement("INSERT INTO participant_address (id, participant_id,"
                        + " municipality_id, position, postcode, house_number, place, latitude, longitude)"
                        + " VALUES (?, ?, ?, 0, '3511AA', ?, 'Benchstad', ?, ?)")) {
            for (int i = from; i < to; i++) {
                long id = FIRST_ID + i;
                p.setLong(1, id);
                p.setLong(2, municipalityId);
                p.setString(3, "+3161" + String.format("%07d", i));
                p.setString(4, "bench-token-" + i);
                p.setTimestamp(5, now);
                p.setTimestamp(6, now);
                p.addBatch();
                Coordinates at = CENTRE.moved((i * 37) % 360, 10 + (i * 13) % 4_900);
                a.setLong(1, id);
                a.setLong(2, id);
                a.setLong(3, municipalityId);
                a.setInt(4, 1 + i % 500);
                a.setDouble(5, at.latitude());
                a.setDouble(6, at.longitude());
                a.addBatch();
            }
            p.executeBatch();
            a.executeBatch();
        }
    }
}
