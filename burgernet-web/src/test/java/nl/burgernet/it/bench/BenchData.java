package nl.burgernet.it.bench;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import nl.burgernet.application.municipality.MunicipalityService;
import nl.burgernet.domain.model.geo.Coordinates;
import nl.burgernet.domain.model.municipality.MunicipalitySettings;
import nl.burgernet.infrastructure.persistence.SqlDialect;

/**
 * Writes the benchmark's participants straight into the database, a chunk per transaction: JPA would spend minutes on
 * rows that only have to exist for a measurement. Ids come from ranges the sequences never reach in a run.
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN)
public class BenchData {

    /** Benchstad's participants: the first {@code inner} live within this distance of the centre, the rest beyond. */
    public static final int INNER_RADIUS_METRES = 1_500;

    public static final int OUTER_RADIUS_METRES = 5_000;

    private static final long BENCHSTAD_FIRST_ID = 3_000_000_000L;
    private static final long NATIONAL_FIRST_ID = 4_000_000_000L;
    private static final long SMSSTAD_FIRST_ID = 5_000_000_000L;
    private static final int CHUNK = 5_000;
    private static final int TOWNS_PER_TRANSACTION = 50;
    /** Regions are square blocks of towns, this many on a side, as real veiligheidsregio's are compact. */
    private static final int REGION_SIDE = 4;

    @Resource(lookup = "jdbc/burgernet")
    DataSource dataSource;

    @Resource
    UserTransaction tx;

    @Inject
    MunicipalityService municipalities;

    /** Benchstad's participants, e-mail only, {@code inner} of them within {@value #INNER_RADIUS_METRES} m. */
    public void fillBenchstad(long municipalityId, int participants, int inner) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        for (int from = 0; from < participants; from += CHUNK) {
            int chunkStart = from;
            inTransaction(c -> {
                try (PreparedStatement p = c.prepareStatement(insertParticipant());
                        PreparedStatement a = c.prepareStatement(insertAddress())) {
                    for (int i = chunkStart; i < Math.min(participants, chunkStart + CHUNK); i++) {
                        long id = BENCHSTAD_FIRST_ID + i;
                        p.setLong(1, id);
                        p.setLong(2, municipalityId);
                        p.setString(3, "p" + i + "@benchstad.example.nl");
                        p.setString(4, "bench-" + i);
                        p.setTimestamp(5, now);
                        p.setTimestamp(6, now);
                        p.addBatch();
                        // Spread evenly: a golden-angle spiral, distances scattered over the inner disc or the ring.
                        long scatter = (i * 7_919L) % 1_000;
                        double metres = i < inner
                                ? 20 + scatter * (INNER_RADIUS_METRES - 40) / 1_000.0
                                : INNER_RADIUS_METRES
                                        + 100
                                        + scatter * (OUTER_RADIUS_METRES - 200 - INNER_RADIUS_METRES) / 1_000.0;
                        Coordinates at = BenchFixture.CENTRE.moved((i * 137.508) % 360, metres);
                        a.setLong(1, id);
                        a.setLong(2, id);
                        a.setLong(3, municipalityId);
                        a.setInt(4, 1 + i % 500);
                        a.setString(5, "Benchstad");
                        a.setDouble(6, at.latitude());
                        a.setDouble(7, at.longitude());
                        a.addBatch();
                    }
                    p.executeBatch();
                    a.executeBatch();
                    emailContacts(
                            c,
                            BENCHSTAD_FIRST_ID + chunkStart,
                            BENCHSTAD_FIRST_ID + Math.min(participants, chunkStart + CHUNK) - 1);
                }
            });
        }
    }

    /**
     * Smsstad's participants, within 1 km of the centre, each with an SMS contact point (mobile number {@link
     * #smsNumber}) and no other; the municipality's SMS binds without a rate limit and with the window the baseline
     * uses, so the benchmark compares like with like.
     */
    public void fillSmsstad(long municipalityId, int participants, int window) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        for (int from = 0; from < participants; from += CHUNK) {
            int chunkStart = from;
            inTransaction(c -> {
                try (PreparedStatement p = c.prepareStatement(insertParticipant());
                        PreparedStatement a = c.prepareStatement(insertAddress());
                        PreparedStatement k = c.prepareStatement("INSERT INTO participant_contact (participant_id,"
                                + " municipality_id, channel, address, enabled, updated_at)"
                                + " VALUES (?, ?, 'sms', ?, 1, ?)")) {
                    for (int i = chunkStart; i < Math.min(participants, chunkStart + CHUNK); i++) {
                        long id = SMSSTAD_FIRST_ID + i;
                        p.setLong(1, id);
                        p.setLong(2, municipalityId);
                        p.setString(3, "s" + i + "@smsstad.example.nl");
                        p.setString(4, "bench-sms-" + i);
                        p.setTimestamp(5, now);
                        p.setTimestamp(6, now);
                        p.addBatch();
                        Coordinates at = BenchFixture.CENTRE.moved((i * 137.508) % 360, 20 + (i * 7_919L) % 980);
                        a.setLong(1, id);
                        a.setLong(2, id);
                        a.setLong(3, municipalityId);
                        a.setInt(4, 1 + i % 500);
                        a.setString(5, "Smsstad");
                        a.setDouble(6, at.latitude());
                        a.setDouble(7, at.longitude());
                        a.addBatch();
                        k.setLong(1, id);
                        k.setLong(2, municipalityId);
                        k.setString(3, smsNumber(i));
                        k.setTimestamp(4, now);
                        k.addBatch();
                    }
                    p.executeBatch();
                    a.executeBatch();
                    k.executeBatch();
                }
            });
        }
        settings(municipalityId, "sms", Map.of("smsc.messagesPerSecond", "0", "smsc.window", Integer.toString(window)));
    }

    /** The mobile number of Smsstad's i-th participant, E.164. */
    public static String smsNumber(int i) {
        return String.format(Locale.ROOT, "+3162%07d", i);
    }

    private void settings(long municipalityId, String channel, Map<String, String> settings) throws Exception {
        inTransaction(c -> {
            try (PreparedStatement delete = c.prepareStatement(
                            "DELETE FROM channel_setting WHERE municipality_id = ? AND channel = ?");
                    PreparedStatement insert = c.prepareStatement("INSERT INTO channel_setting (municipality_id,"
                            + " channel, name, setting_value) VALUES (?, ?, ?, ?)")) {
                delete.setLong(1, municipalityId);
                delete.setString(2, channel);
                delete.executeUpdate();
                for (Map.Entry<String, String> s : settings.entrySet()) {
                    insert.setLong(1, municipalityId);
                    insert.setString(2, channel);
                    insert.setString(3, s.getKey());
                    insert.setString(4, s.getValue());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** Meetstad's one participant, at the centre: the mail it receives shows how large the benchmark's mails are. */
    public void addProbeParticipant(long municipalityId) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(insertParticipant());
                    PreparedStatement a = c.prepareStatement(insertAddress())) {
                long id = BENCHSTAD_FIRST_ID - 1;
                p.setLong(1, id);
                p.setLong(2, municipalityId);
                p.setString(3, BenchFixture.PROBE_ADDRESS);
                p.setString(4, "bench-probe");
                p.setTimestamp(5, now);
                p.setTimestamp(6, now);
                p.executeUpdate();
                a.setLong(1, id);
                a.setLong(2, id);
                a.setLong(3, municipalityId);
                a.setInt(4, 1);
                a.setString(5, "Meetstad");
                a.setDouble(6, BenchFixture.CENTRE.latitude());
                a.setDouble(7, BenchFixture.CENTRE.longitude());
                a.executeUpdate();
                emailContacts(c, id, id);
            }
        });
    }

    /** Points the municipality's e-mail channel at an SMTP server (the benchmark's sink). */
    public void emailTo(long municipalityId, String host, int port, int sessions) throws Exception {
        settings(
                municipalityId,
                "email",
                Map.of(
                        "smtp.host",
                        host,
                        "smtp.port",
                        Integer.toString(port),
                        "smtp.tls",
                        "NONE",
                        "smtp.sessions",
                        Integer.toString(sessions)));
    }

    /**
     * A country of {@code towns} municipalities on a grid over the Netherlands, blocks of {@value #REGION_SIDE} × {@value #REGION_SIDE} forming a region,
     * and {@code participants} shared out over them (each within about 4 km of its town's centre). The database
     * generates the rows itself, a statement per town, so two million take seconds rather than minutes.
     *
     * @return one line per town: index, latitude, longitude, region
     */
    public List<String> fillCountry(int participants, int towns) throws Exception {
        List<String> lines = new ArrayList<>();
        int side = (int) Math.ceil(Math.sqrt(towns));
        int perTown = participants / towns;
        for (int first = 0; first < towns; first += TOWNS_PER_TRANSACTION) {
            int firstTown = first;
            inTransaction(c -> {
                for (int idx = firstTown; idx < Math.min(towns, firstTown + TOWNS_PER_TRANSACTION); idx++) {
                    int row = idx / side;
                    int column = idx % side;
                    String region = String.format(
                            Locale.ROOT,
                            "VR%02d",
                            (row / REGION_SIDE) * ((side + REGION_SIDE - 1) / REGION_SIDE) + column / REGION_SIDE);
                    long id = town(c, idx, region);
                    double lat = 51.3 + 1.9 * (idx / side) / side;
                    double lon = 4.0 + 2.9 * (idx % side) / side;
                    int count = idx == towns - 1 ? participants - perTown * (towns - 1) : perTown;
                    people(c, NATIONAL_FIRST_ID + (long) idx * perTown, count, id, lat, lon);
                    lines.add(idx + " " + lat + " " + lon + " " + region);
                }
            });
        }
        analyze();
        return lines;
    }

    private long town(Connection c, int idx, String region) throws SQLException {
        long id = municipalities
                .createForSetup(
                        String.format(Locale.ROOT, "GM8%03d", idx), "Benchdorp " + idx, MunicipalitySettings.defaults())
                .id();
        try (PreparedStatement s = c.prepareStatement("UPDATE municipality SET region = ? WHERE id = ?")) {
            s.setString(1, region);
            s.setLong(2, id);
            s.executeUpdate();
        }
        return id;
    }

    /** {@code count} participants of one town, ids from {@code firstId}, scattered around its centre. */
    private static void people(Connection c, long firstId, int count, long municipalityId, double lat, double lon)
            throws SQLException {
        SqlDialect dialect = SqlDialect.of(c);
        String rows = dialect == SqlDialect.POSTGRESQL
                ? "generate_series(0, " + (count - 1) + ") AS r(x)"
                : "SYSTEM_RANGE(0, " + (count - 1) + ") r";
        String random = dialect == SqlDialect.POSTGRESQL ? "random()" : "RAND()";
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO participant (id, municipality_id, email, birth_year, language, status,"
                    + " access_token, created_at, confirmed_at, version) SELECT " + firstId + " + r.x, "
                    + municipalityId + ", 'n' || (" + firstId + " + r.x) || '@land.example.nl', 1970, 'nl', 'ACTIVE',"
                    + " 'land-' || (" + firstId + " + r.x), CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0 FROM " + rows);
            s.executeUpdate("INSERT INTO participant_address (id, participant_id, municipality_id, position, postcode,"
                    + " house_number, place, latitude, longitude) SELECT " + firstId + " + r.x, " + firstId + " + r.x, "
                    + municipalityId + ", 0, '1000AA', 1 + MOD(r.x, 200), 'Benchdorp', " + lat + " + (" + random
                    + " - 0.5) * 0.072, " + lon + " + (" + random + " - 0.5) * 0.116 FROM " + rows);
        }
        emailContacts(c, firstId, firstId + count - 1);
    }

    /** Work on one connection in a transaction of its own, rolled back when it fails. */
    private interface Work {
        void run(Connection c) throws Exception;
    }

    private void inTransaction(Work work) throws Exception {
        tx.begin();
        try (Connection c = dataSource.getConnection()) {
            work.run(c);
        } catch (Exception | Error e) {
            tx.rollback();
            throw e;
        }
        tx.commit();
    }

    /** Fresh statistics, as a database that has been running a while would have. */
    private void analyze() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute(SqlDialect.of(c) == SqlDialect.POSTGRESQL ? "ANALYZE" : "ANALYZE SAMPLE_SIZE 100000");
        }
    }

    private static String insertParticipant() {
        return "INSERT INTO participant (id, municipality_id, email, birth_year, language, status, access_token,"
                + " created_at, confirmed_at, version) VALUES (?, ?, ?, 1970, 'nl', 'ACTIVE', ?, ?, ?, 0)";
    }

    private static String insertAddress() {
        return "INSERT INTO participant_address (id, participant_id, municipality_id, position, postcode,"
                + " house_number, place, latitude, longitude) VALUES (?, ?, ?, 0, '3511AA', ?, ?, ?, ?)";
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
