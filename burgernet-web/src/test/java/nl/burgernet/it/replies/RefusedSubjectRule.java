package nl.burgernet.it.replies;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Makes the database refuse one kind of reply, as a real database refuses a row now and then (a value it cannot
 * take, a constraint): a reply whose subject contains {@link #MARKER}. Other mail is unaffected. The rule stays for
 * the rest of the test run's database, so it is added only once.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class RefusedSubjectRule {

    public static final String MARKER = "IT-REFUSED-7F3A";

    @Resource(lookup = "jdbc/burgernet")
    DataSource dataSource;

    @PostConstruct
    void add() {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate("ALTER TABLE reply ADD CONSTRAINT it_refused_subject CHECK (subject IS NULL OR subject"
                    + " NOT LIKE '%" + MARKER + "%')");
        } catch (SQLException alreadyThere) {
            // An earlier deployment of this run added it.
        }
    }
}
