package nl.burgernet.infrastructure.dispatch;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import nl.burgernet.infrastructure.persistence.SqlDialect;

/**
 * Hands out ids from database sequences in blocks, one round trip per block, the way EclipseLink does for the
 * entities: a sequence value is the last id of a block of {@code increment} ids. Ids lost to a rollback or a restart
 * leave gaps, which nobody minds.
 */
@ApplicationScoped
public class IdBlocks {

    @Resource(lookup = "jdbc/burgernet")
    DataSource dataSource;

    private final Map<String, Block> blocks = new HashMap<>();

    IdBlocks() {}

    /** Outside a container (tests): ids straight from {@code dataSource}'s sequences. */
    public IdBlocks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The next id of {@code sequence}, whose INCREMENT BY is {@code increment}. */
    public synchronized long next(String sequence, int increment) {
        Block block = blocks.get(sequence);
        if (block == null || block.next > block.last) {
            long last = nextValue(sequence);
            block = new Block(last - increment + 1, last);
            blocks.put(sequence, block);
        }
        return block.next++;
    }

    /**
     * {@code count} ids of {@code sequence} at once, in ascending order: whole blocks, fetched in one round trip,
     * for callers that write thousands of rows. What is left of the last block is not used.
     */
    public long[] reserve(String sequence, int increment, int count) {
        int blockCount = (count + increment - 1) / increment;
        long[] lasts = new long[blockCount];
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(SqlDialect.of(c).nextValues(sequence))) {
            s.setInt(1, blockCount);
            try (ResultSet rs = s.executeQuery()) {
                for (int i = 0; i < blockCount; i++) {
                    if (!rs.next()) {
                        throw new IllegalStateException("Sequence " + sequence + " gave fewer than " + blockCount);
                    }
                    lasts[i] = rs.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read sequence " + sequence, e);
        }
        Arrays.sort(lasts);
        long[] ids = new long[count];
        for (int i = 0; i < count; i++) {
            ids[i] = lasts[i / increment] - increment + 1 + i % increment;
        }
        return ids;
    }

    private long nextValue(String sequence) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(SqlDialect.of(c).nextValue(sequence));
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read sequence " + sequence, e);
        }
    }

    private static final class Block {
        long next;
        final long last;

        Block(long first, long last) {
            this.next = first;
            this.last = last;
        }
    }
}
