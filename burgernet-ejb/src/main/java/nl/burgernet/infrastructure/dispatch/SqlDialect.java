package nl.burgernet.infrastructure.dispatch;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** The little SQL that differs between the databases we run on (H2 for the demo and tests, PostgreSQL). */
enum SqlDialect {
    H2,
    POSTGRESQL;

    static SqlDialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        return product.contains("postgres") ? POSTGRESQL : H2;
    }

    String nextValue(String sequence) {
        return switch (this) {
            case H2 -> "SELECT NEXT VALUE FOR " + sequence;
            case POSTGRESQL -> "SELECT nextval('" + sequence + "')";
        };
    }
}
