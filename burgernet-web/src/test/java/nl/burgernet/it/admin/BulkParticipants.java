package nl.burgernet.it.admin;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;
import nl.burgernet.application.participant.AccessTokens;
import nl.burgernet.infrastructure.geo.PostcodeEntry;

/**
 * Writes many participants straight through JDBC batches, one transaction per call: JPA would spend minutes on what
 * only has to exist for a measurement. Ids come from a range the sequences never reach in a test run.
 */
@Stateless
public class BulkParticipants {

    static final long FIRST_ID = 1_000_000_000L;

    @Resource(lookup = "jdbc/burgernet")
    DataSource dataSource;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void insert(long municipalityId, int from, int to, List<PostcodeEntry> postcodes) throws SQLException {
        Instant start = Instant.parse("2018-04-09T08:00:00Z");
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement("INSERT INTO participant (id, municipality_id, email,"
                        + " birth_year, language, status, access_token, created_at, confirmed_at, version)"
                        + " VALUES (?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, 0)");
                PreparedStatement k = c.prepareStatement("INSERT INTO participant_contact (participant_id,"
                        + " municipality_id, channel, address, enabled, updated_at) VALUES (?, ?, ?, ?, ?, ?)");
                PreparedStatement a = c.prepareStatement("INSERT INTO participant_address (id, participant_id,"
                        + " municipality_id, position, postcode, house_number, place, latitude, longitude)"
                        + " VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?)")) {
            for (int i = from; i < to; i++) {
                long id = FIRST_ID + i;
                Timestamp signedUp = Timestamp.from(start.plus(i / 40, ChronoUnit.HOURS));
                p.setLong(1, id);
                p.setLong(2, municipalityId);
                String email = "p" + i + "@large.example.nl";
                p.setString(3, email);
                p.setInt(4, 1940 + i % 65);
                p.setString(5, i % 9 == 0 ? "en" : "nl");
                p.setString(6, AccessTokens.hash("large-" + municipalityId + "-" + i));
                p.setTimestamp(7, signedUp);
                p.setTimestamp(8, signedUp);
                p.addBatch();
                contact(k, id, municipalityId, "email", email, i % 13 != 0, signedUp);
                if (i % 4 == 0) {
                    String mobile = "+316" + (20_000_000 + i);
                    contact(k, id, municipalityId, "sms", mobile, true, signedUp);
                    contact(k, id, municipalityId, "voice", mobile, i % 17 == 0, signedUp);
                }
                if (i % 5 == 0) {
                    contact(k, id, municipalityId, "push", null, true, signedUp);
                }
                PostcodeEntry where = postcodes.get(i % postcodes.size());
                a.setLong(1, id);
                a.setLong(2, id);
                a.setLong(3, municipalityId);
                a.setString(4, where.postcode().value());
                a.setInt(5, 1 + i % 180);
                a.setString(6, where.place());
                a.setDouble(7, where.centre().latitude());
                a.setDouble(8, where.centre().longitude());
                a.addBatch();
                if ((i - from) % 1000 == 999) {
                    p.executeBatch();
                    a.executeBatch();
                    k.executeBatch();
                }
            }
            p.executeBatch();
            a.executeBatch();
            k.executeBatch();
        }
    }

    /** A contact point, as the V7 migration would have carried over the old channel columns. */
    private static void contact(
            PreparedStatement k, long id, long municipalityId, String channel, String address, boolean on, Timestamp at)
            throws SQLException {
        k.setLong(1, id);
        k.setLong(2, municipalityId);
        k.setString(3, channel);
        k.setString(4, address);
        k.setInt(5, on ? 1 : 0);
        k.setTimestamp(6, at);
        k.addBatch();
    }
}
