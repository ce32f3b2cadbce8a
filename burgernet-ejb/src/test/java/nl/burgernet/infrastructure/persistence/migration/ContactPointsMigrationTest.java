package nl.burgernet.infrastructure.persistence.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.burgernet.infrastructure.persistence.SqlDialect;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * V7 on H2 as the server runs it: participants stored with the old channel columns come out with one contact point
 * per channel they had, with their numbers, switches and bounce state, and the old columns are gone.
 */
class ContactPointsMigrationTest {

    @Test
    void todaysFlagsNumbersAndBouncesBecomeContactPoints() throws SQLException {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        flyway(db, MigrationVersion.fromVersion("6")).migrate();
        execute(db, "INSERT INTO municipality (id, cbs_code, name, created_at) VALUES (1, 'GM0001', 'Een', NOW())");
        String columns = "INSERT INTO participant (id, municipality_id, email, mobile, birth_year, language,"
                + " email_enabled, sms_enabled, voice_enabled, push_enabled, status, bounce_score, last_bounce_at,"
                + " access_token, created_at) VALUES ";
        execute(
                db,
                columns + "(1, 1, 'jan@example.nl', '+31612345678', 1970, 'nl', 1, 1, 0, 0, 'ACTIVE', 0.5, NULL,"
                        + " 'a', TIMESTAMP '2025-01-01 10:00:00')");
        execute(
                db,
                columns + "(2, 1, 'kees@example.nl', NULL, 1980, 'nl', 1, 0, 0, 1, 'BOUNCING', 3.0,"
                        + " TIMESTAMP '2025-06-01 10:00:00', 'b', TIMESTAMP '2025-01-01 10:00:00')");
        execute(
                db,
                columns + "(3, 1, 'anna@example.nl', NULL, 1990, 'en', 0, 0, 0, 0, 'UNSUBSCRIBED', 0, NULL, 'c',"
                        + " TIMESTAMP '2025-01-01 10:00:00')");

        flyway(db, MigrationVersion.LATEST).migrate();

        assertEquals(
                List.of(
                        "1|email|jan@example.nl|1|0.5|0",
                        "1|sms|+31612345678|1|0.0|0",
                        "1|voice|+31612345678|0|0.0|0",
                        "2|email|kees@example.nl|1|3.0|1",
                        "2|push|null|1|0.0|0",
                        "3|email|anna@example.nl|0|0.0|0"),
                rows(
                        db,
                        "SELECT participant_id, channel, address, enabled, failure_score, failing"
                                + " FROM participant_contact ORDER BY participant_id, channel"));
        assertEquals(
                List.of("1|ACTIVE", "2|ACTIVE", "3|UNSUBSCRIBED"),
                rows(db, "SELECT id, status FROM participant ORDER BY id"),
                "a bounced address is the e-mail contact's state now, not the participant's");
        assertEquals(
                List.of("2025-06-01 10:00:00"),
                rows(db, "SELECT CAST(last_failure_at AS VARCHAR(19)) FROM participant_contact WHERE failing = 1"));
        List<String> left = rows(
                db,
                "SELECT LOWER(column_name) FROM information_schema.columns WHERE LOWER(table_name) = 'participant'");
        for (String gone : List.of("mobile", "email_enabled", "sms_enabled", "bounce_score", "last_bounce_at")) {
            assertFalse(left.contains(gone), gone + " is dropped: " + left);
        }
    }

    private static Flyway flyway(JdbcDataSource db, MigrationVersion target) {
        return Flyway.configure()
                .dataSource(db)
                .locations("classpath:db/migration")
                .placeholders(DatabaseMigration.placeholders(SqlDialect.H2))
                .target(target)
                .load();
    }

    private static void execute(JdbcDataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<String> rows(JdbcDataSource db, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(rs.getString(i)));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }
}
