package nl.burgernet.infrastructure.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ids from a real H2 sequence, made the way the migrations make them (START WITH and INCREMENT BY 50). */
class IdBlocksTest {

    private IdBlocks ids;

    @BeforeEach
    void sequence() throws SQLException {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE SEQUENCE thing_seq START WITH 50 INCREMENT BY 50");
        }
        ids = new IdBlocks(db);
    }

    @Test
    void oneByOneTheIdsOfABlockComeInOrder() {
        assertEquals(1, ids.next("thing_seq", 50));
        assertEquals(2, ids.next("thing_seq", 50));
    }

    @Test
    void aReservationIsWholeBlocksInAscendingOrder() {
        long[] reserved = ids.reserve("thing_seq", 50, 120);

        assertEquals(120, reserved.length);
        assertEquals(1, reserved[0]);
        assertEquals(50, reserved[49]);
        assertEquals(51, reserved[50]);
        assertEquals(120, reserved[119]);
    }

    @Test
    void aReservationAndSingleIdsNeverMeet() {
        long single = ids.next("thing_seq", 50);
        long[] reserved = ids.reserve("thing_seq", 50, 75);
        long after = ids.next("thing_seq", 50);

        assertTrue(Arrays.stream(reserved).noneMatch(id -> id == single || id == after));
        assertEquals(75, Arrays.stream(reserved).distinct().count());
        assertTrue(reserved[0] > 50, "the reservation starts a block of its own: " + reserved[0]);
    }
}
