package nl.burgernet.infrastructure.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A query whose rows are read as they arrive instead of all at once: national alerts read millions of rows, which
 * must never be in the heap together. A fetch size asks the driver for that many rows per round trip; PostgreSQL only
 * honours it inside a transaction (with autocommit on it sends the whole result at once), so a caller without a
 * transaction gets a read-only one of its own for the read, rolled back at the end. Inside the caller's (JTA)
 * transaction the connection is left as it is.
 */
public final class StreamedRead {

    /** Rows per round trip. */
    public static final int FETCH_SIZE = 5_000;

    private StreamedRead() {}

    /** Binds a statement's parameters. */
    @FunctionalInterface
    public interface Binder {
        void bind(PreparedStatement s) throws SQLException;
    }

    /** Reads the whole result, row by row as the driver hands them over. */
    @FunctionalInterface
    public interface Reader {
        void read(ResultSet rs) throws SQLException;
    }

    public static void query(DataSource dataSource, String sql, Binder binder, Reader reader) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean ownTransaction = c.getAutoCommit();
            if (ownTransaction) {
                c.setAutoCommit(false);
            }
            try (PreparedStatement s = c.prepareStatement(sql)) {
                binder.bind(s);
                s.setFetchSize(FETCH_SIZE);
                try (ResultSet rs = s.executeQuery()) {
                    reader.read(rs);
                }
            } finally {
                if (ownTransaction) {
                    c.rollback();
                    c.setAutoCommit(true);
                }
            }
        }
    }
}
