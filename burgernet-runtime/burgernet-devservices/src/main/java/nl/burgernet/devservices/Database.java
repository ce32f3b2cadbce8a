package nl.burgernet.devservices;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which database the portal's {@code jdbc/burgernet} resource points at. The portal itself only names the JNDI
 * resource; the server (here: the post-boot commands) decides what is behind it, as on any Jakarta EE server.
 */
public sealed interface Database {

    /** The JDBC data source class Payara instantiates for the pool. */
    String dataSourceClass();

    /** The pool's properties, in order. */
    Map<String, String> poolProperties();

    /** An embedded H2 database in one file; the data survives restarts of the portal. */
    record H2(Path file) implements Database {
        @Override
        public String dataSourceClass() {
            return "org.h2.jdbcx.JdbcDataSource";
        }

        @Override
        public Map<String, String> poolProperties() {
            Map<String, String> p = new LinkedHashMap<>();
            p.put("URL", "jdbc:h2:file:" + file.toAbsolutePath());
            p.put("user", "burgernet");
            p.put("password", "burgernet");
            return p;
        }
    }

    /** A PostgreSQL database, optionally in its own schema (the tests use one they can drop). */
    record PostgreSql(String host, int port, String database, String user, String password, String schema)
            implements Database {

        /** BURGERNET_DB_HOST, _PORT, _NAME, _USER, _PASSWORD and _SCHEMA, with the given defaults. */
        public static PostgreSql fromEnvironment(String defaultDatabase, String defaultSchema) {
            return new PostgreSql(
                    env("BURGERNET_DB_HOST", "127.0.0.1"),
                    Integer.parseInt(env("BURGERNET_DB_PORT", "5432")),
                    env("BURGERNET_DB_NAME", defaultDatabase),
                    env("BURGERNET_DB_USER", "postgres"),
                    // Payara's pool refuses a connection without a password credential, even under trust auth.
                    env("BURGERNET_DB_PASSWORD", "postgres"),
                    env("BURGERNET_DB_SCHEMA", defaultSchema));
        }

        /** The tests' database: {@code test} on this kind of machine, in a schema of their own. */
        public static PostgreSql fromEnvironmentForTests() {
            return fromEnvironment("test", "burgernet_it");
        }

        @Override
        public String dataSourceClass() {
            return "org.postgresql.ds.PGSimpleDataSource";
        }

        @Override
        public Map<String, String> poolProperties() {
            Map<String, String> p = new LinkedHashMap<>();
            p.put("serverName", host);
            p.put("portNumber", Integer.toString(port));
            p.put("databaseName", database);
            p.put("user", user);
            p.put("password", password);
            p.put("currentSchema", schema);
            return p;
        }

        public String jdbcUrl() {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }

        /** Drops and recreates the schema: the tests start from an empty database every run. */
        public void recreateSchema() throws SQLException {
            try (Connection c = DriverManager.getConnection(jdbcUrl(), user, password);
                    Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                s.execute("CREATE SCHEMA " + schema);
            }
        }

        /** Creates the schema when it is missing; never touches existing data. */
        public void ensureSchema() throws SQLException {
            try (Connection c = DriverManager.getConnection(jdbcUrl(), user, password);
                    Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
            }
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }
}
