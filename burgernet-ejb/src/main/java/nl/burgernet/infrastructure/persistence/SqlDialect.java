package nl.burgernet.infrastructure.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** The little SQL that differs between the databases we run on (H2 for the demo and tests, PostgreSQL). */
public enum SqlDialect {
    H2,
    POSTGRESQL;

    public static SqlDialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        return product.contains("postgres") ? POSTGRESQL : H2;
    }

    public String nextValue(String sequence) {
        return switch (this) {
            case H2 -> "SELECT NEXT VALUE FOR " + sequence;
            case POSTGRESQL -> "SELECT nextval('" + sequence + "')";
        };
    }

    /** One value of {@code sequence} per row, for as many rows as its one parameter says. */
    public String nextValues(String sequence) {
        return switch (this) {
            case H2 -> "SELECT NEXT VALUE FOR " + sequence + " FROM SYSTEM_RANGE(1, ?)";
            case POSTGRESQL -> "SELECT nextval('" + sequence + "') FROM generate_series(1, ?)";
        };
    }

    /** Column type for large text. */
    public String text() {
        return this == POSTGRESQL ? "TEXT" : "CLOB";
    }

    /** What follows {@code GENERATED ALWAYS AS (expression)} for a column the database computes and stores. */
    public String storedGenerated() {
        return this == POSTGRESQL ? "STORED" : "";
    }

    /** Column type for large binary content (photos, raw mail). */
    public String binary() {
        return this == POSTGRESQL ? "BYTEA" : "BLOB";
    }
}
