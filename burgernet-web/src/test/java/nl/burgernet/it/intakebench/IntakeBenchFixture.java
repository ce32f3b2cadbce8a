package nl.burgernet.it.intakebench;

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
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import javax.sql.DataSource;
import nl.burgernet.application.municipality.MunicipalityService;
import nl.burgernet.domain.model.geo.Coordinates;
import nl.burgernet.domain.model.municipality.MunicipalitySettings;
import nl.burgernet.domain.model.reply.ReplyKey;

/**
 * The intake benchmark's municipality ({@link #CBS_CODE}, reply domain {@link #REPLY_DOMAIN}) with an alert that
 * already reached {@code burgernet.intakebench.participants} participants (2,000 by default) by e-mail: one SENT
 * delivery each, with a random reply key, written straight with JDBC so that no dispatch runs before the benchmark.
 * The participants live within 2 km of the incident, so every stored reply also gets its distance computed.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class IntakeBenchFixture {

    public static final String CBS_CODE = "GM9801";
    public static final String REPLY_DOMAIN = "reply.intakebench.example";
    public static final Coordinates INCIDENT = new Coordinates(52.05, 4.90);
    /** Ids far above what the sequences hand out, and apart from the dispatch benchmark's (3,000,000,000 on). */
    private static final long FIRST_ID = 4_000_000_000L;

    @Inject
    MunicipalityService municipalities;

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
        MunicipalitySettings settings = new MunicipalitySettings(
                null, null, null, REPLY_DOMAIN, null, d.brandColour(), "nl", Set.of("email"), null, null);
        long municipality =
                municipalities.createForSetup(CBS_CODE, "Intakestad", settings).id();
        int n = Integer.getInteger("burgernet.intakebench.participants", 2_000);
        try {
            tx.begin();
            try (Connection c = dataSource.getConnection()) {
                alert(c, municipality);
                for (int from = 0; from < n; from += 1_000) {
                    participantsAndDeliveries(c, municipality, from, Math.min(n, from + 1_000));
                }
            }
            tx.commit();
        } catch (Exception e) {
            throw new IllegalStateException("Could not write the intake benchmark's alert and deliveries", e);
        }
    }

    private static void alert(Connection c, long municipality) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement a = c.prepareStatement("INSERT INTO alert (id, municipality_id, reference, type,"
                + " priority, title, body, incident_latitude, incident_longitude, channels, expires_at, status,"
                + " created_by, created_at, launched_at, version) VALUES (?, ?, 'IB-1', 'DOOR_TO_DOOR_INQUIRY',"
                + " 'NORMAL', 'Wie zag de inbraak?', 'Kijk goed om u heen.', ?, ?, 'email', ?, 'ACTIVE',"
                + " 'intakebench', ?, ?, 0)")) {
            a.setLong(1, FIRST_ID);
            a.setLong(2, municipality);
            a.setDouble(3, INCIDENT.latitude());
            a.setDouble(4, INCIDENT.longitude());
            a.setTimestamp(5, Timestamp.from(Instant.now().plus(Duration.ofDays(7))));
            a.setTimestamp(6, now);
            a.setTimestamp(7, now);
            a.executeUpdate();
        }
        try (PreparedStatement m = c.prepareStatement("INSERT INTO alert_message (id, alert_id, sequence_no, kind,"
                + " title, body, created_by, created_at, snapshot_done, completed_at) VALUES (?, ?, 0, 'ALERT',"
                + " 'Wie zag de inbraak?', 'Kijk goed om u heen.', 'intakebench', ?, 1, ?)")) {
            m.setLong(1, FIRST_ID);
            m.setLong(2, FIRST_ID);
            m.setTimestamp(3, now);
            m.setTimestamp(4, now);
            m.executeUpdate();
        }
        try (PreparedStatement b = c.prepareStatement("INSERT INTO delivery_batch (id, message_id, channel,"
                + " language, size, created_at) VALUES (?, ?, 'email', 'nl', 0, ?)")) {
            b.setLong(1, FIRST_ID);
            b.setLong(2, FIRST_ID);
            b.setTimestamp(3, now);
            b.executeUpdate();
        }
    }

    private static void participantsAndDeliveries(Connection c, long municipality, int from, int to) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement p = c.prepareStatement("INSERT INTO participant (id, municipality_id, email,"
                        + " birth_year, language, status, access_token, created_at, confirmed_at, version)"
                        + " VALUES (?, ?, ?, 1970, 'nl', 'ACTIVE', ?, ?, ?, 0)");
                PreparedStatement a = c.prepareStatement("INSERT INTO participant_address (id, participant_id,"
                        + " municipality_id, position, postcode, house_number, place, latitude, longitude)"
                        + " VALUES (?, ?, ?, 0, '2801AA', ?, 'Intakestad', ?, ?)");
                PreparedStatement d = c.prepareStatement("INSERT INTO delivery (id, alert_id, message_id, batch_id,"
                        + " participant_id, municipality_id, channel, language, reply_key, status, attempts,"
                        + " created_at, sent_at) VALUES (?, ?, ?, ?, ?, ?, 'email', 'nl', ?, 'SENT', 1, ?, ?)")) {
            for (int i = from; i < to; i++) {
                long id = FIRST_ID + i;
                p.setLong(1, id);
                p.setLong(2, municipality);
                p.setString(3, "bewoner" + i + "@intakestad.example");
                p.setString(4, "intakebench-token-" + i);
                p.setTimestamp(5, now);
                p.setTimestamp(6, now);
                p.addBatch();
                Coordinates home = INCIDENT.moved((i * 37) % 360, 20 + (i * 13) % 2_000);
                a.setLong(1, id);
                a.setLong(2, id);
                a.setLong(3, municipality);
                a.setInt(4, 1 + i % 500);
                a.setDouble(5, home.latitude());
                a.setDouble(6, home.longitude());
                a.addBatch();
                d.setLong(1, id);
                d.setLong(2, FIRST_ID);
                d.setLong(3, FIRST_ID);
                d.setLong(4, FIRST_ID);
                d.setLong(5, id);
                d.setLong(6, municipality);
                d.setString(7, ReplyKey.random().value());
                d.setTimestamp(8, now);
                d.setTimestamp(9, now);
                d.addBatch();
            }
            p.executeBatch();
            a.executeBatch();
            emailContacts(c, FIRST_ID + from, FIRST_ID + to - 1);
            d.executeBatch();
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
