package nl.burgernet.infrastructure.persistence.migration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.burgernet.infrastructure.persistence.SqlDialect;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the migrations in {@code db/migration} when the portal is deployed, so that an
 * upgrade keeps the data a municipality already has. Other start-up beans that use the database declare
 * {@code @DependsOn("DatabaseMigration")}.
 */
@Singleton
@Startup
// Flyway commits its own work per migration; a container transaction around it would forbid that.
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "jdbc/burgernet")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(largeObjectTypes())
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }

    /**
     * What the databases spell differently: large text and large binary (photos), and a stored generated column.
     * Migrations write {@code ${text}}, {@code ${binary}} and {@code ${stored}}.
     */
    private java.util.Map<String, String> largeObjectTypes() {
        try (java.sql.Connection c = dataSource.getConnection()) {
            return placeholders(SqlDialect.of(c));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot tell which database this is", e);
        }
    }

    /** The migrations' placeholders for a database (also for tests that migrate a database of their own). */
    public static java.util.Map<String, String> placeholders(SqlDialect dialect) {
        return java.util.Map.of(
                "text", dialect.text(), "binary", dialect.binary(), "stored", dialect.storedGenerated());
    }
}
