package nl.burgernet.infrastructure.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The quarantine's retention and size limit, on a real H2 table made as the migration makes it. */
class QuarantinePurgeTest {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

    private final ReplyStore store = new ReplyStore();
    private JdbcDataSource db;

    @BeforeEach
    void table() throws SQLException {
        db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE quarantined_mail (id BIGINT NOT NULL PRIMARY KEY, received_at TIMESTAMP NOT NULL,"
                    + " reason VARCHAR(20) NOT NULL, detail VARCHAR(1000), message_id VARCHAR(500),"
                    + " mail_hash VARCHAR(64) NOT NULL, raw BLOB NOT NULL)");
        }
        store.dataSource = db;
    }

    @Test
    void mailOlderThanTheRetentionIsRemovedAndNewerMailStays() throws SQLException {
        quarantine(1, NOW.minus(Duration.ofDays(100)), 10);
        quarantine(2, NOW.minus(Duration.ofDays(10)), 10);

        assertEquals(1, store.purgeQuarantine(NOW.minus(Duration.ofDays(90)), 1_000_000));

        assertEquals(List.of(2L), ids());
    }

    @Test
    void beyondTheSizeLimitTheOldestGoFirst() throws SQLException {
        quarantine(1, NOW.minus(Duration.ofHours(3)), 400);
        quarantine(2, NOW.minus(Duration.ofHours(2)), 400);
        quarantine(3, NOW.minus(Duration.ofHours(1)), 400);

        assertEquals(1, store.purgeQuarantine(NOW.minus(Duration.ofDays(90)), 1_000));

        assertEquals(List.of(2L, 3L), ids());
    }

    private void quarantine(long id, Instant at, int bytes) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("INSERT INTO quarantined_mail (id, received_at, reason,"
                        + " mail_hash, raw) VALUES (?, ?, 'UNREADABLE', ?, ?)")) {
            s.setLong(1, id);
            s.setTimestamp(2, Timestamp.from(at));
            s.setString(3, "hash" + id);
            s.setBytes(4, new byte[bytes]);
            s.executeUpdate();
        }
    }

    private List<Long> ids() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id FROM quarantined_mail ORDER BY id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }
}
