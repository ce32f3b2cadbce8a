package nl.burgernet.infrastructure.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.burgernet.application.participant.NewParticipant;
import nl.burgernet.domain.model.participant.AddressDetails;
import nl.burgernet.domain.model.participant.ContactDetails;
import nl.burgernet.domain.model.participant.ParticipantDetails;
import nl.burgernet.infrastructure.dispatch.IdBlocks;
import nl.burgernet.infrastructure.persistence.SqlDialect;
import nl.burgernet.infrastructure.persistence.migration.DatabaseMigration;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The import's JDBC writer against the real schema: the project's migrations on H2, as the server runs them. */
class ParticipantInsertsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:30:00Z");

    private JdbcDataSource db;
    private ParticipantInserts inserts;

    @BeforeEach
    void migrate() throws SQLException {
        db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure()
                .dataSource(db)
                .locations("classpath:db/migration")
                .placeholders(DatabaseMigration.placeholders(SqlDialect.H2))
                .load()
                .migrate();
        execute("INSERT INTO municipality (id, cbs_code, name, created_at) VALUES (1, 'GM0001', 'Een', NOW())");
        execute("INSERT INTO municipality (id, cbs_code, name, created_at) VALUES (2, 'GM0002', 'Twee', NOW())");
        inserts = new ParticipantInserts(db, new IdBlocks(db));
    }

    @Test
    void participantsAndTheirAddressesAreWrittenAsTheEntitiesWouldBe() throws SQLException {
        NewParticipant jan = new NewParticipant(
                new ParticipantDetails(
                        "Jan@example.nl",
                        null,
                        1970,
                        "en",
                        List.of(
                                new ContactDetails("email", "Jan@example.nl", true),
                                new ContactDetails("sms", "+31612345678", true),
                                new ContactDetails("siren", null, true)),
                        LocalTime.of(22, 0),
                        LocalTime.of(7, 30),
                        List.of(
                                new AddressDetails("3601AB", 12, "A", "Maarssen", 52.13, 5.04),
                                new AddressDetails("3621AA", 3, null, "Breukelen", 52.17, 5.0))),
                "k".repeat(64));
        NewParticipant anna = new NewParticipant(
                new ParticipantDetails(
                        "anna@example.nl",
                        null,
                        1985,
                        "nl",
                        List.of(new ContactDetails("email", "anna@example.nl", false)),
                        null,
                        null,
                        List.of(new AddressDetails("3631AA", 7, null, "Nieuwersluis", 52.2, 5.01))),
                "a".repeat(64));

        List<Long> ids = boxed(inserts.insert(1, NOW, List.of(jan, anna)));

        assertEquals(2, ids.size());
        assertTrue(ids.get(0) > 0 && !ids.get(0).equals(ids.get(1)), ids.toString());
        List<String> participants = rows("SELECT id, municipality_id, email, display_name, birth_year,"
                + " language, quiet_from, quiet_to, status, access_token, created_at = confirmed_at, unsubscribed_at,"
                + " version FROM participant ORDER BY email");
        assertEquals(
                List.of(
                        ids.get(0) + "|1|Jan@example.nl|null|1970|en|22:00:00|07:30:00|ACTIVE|" + "k".repeat(64)
                                + "|TRUE|null|0",
                        ids.get(1) + "|1|anna@example.nl|null|1985|nl|null|null|UNSUBSCRIBED|" + "a".repeat(64)
                                + "|TRUE|null|0"),
                participants,
                "with no channel on, nobody is reached: unsubscribed, as the entity would be");
        assertEquals(
                List.of(
                        ids.get(0) + "|1|email|Jan@example.nl|1|0.0|0",
                        ids.get(0) + "|1|siren|null|1|0.0|0",
                        ids.get(0) + "|1|sms|+31612345678|1|0.0|0",
                        ids.get(1) + "|1|email|anna@example.nl|0|0.0|0"),
                rows("SELECT participant_id, municipality_id, channel, address, enabled, failure_score, failing"
                        + " FROM participant_contact ORDER BY participant_id, channel"));
        assertEquals(
                List.of(
                        ids.get(0) + "|1|0|3601AB|12|A|Maarssen|52.13|5.04",
                        ids.get(0) + "|1|1|3621AA|3|null|Breukelen|52.17|5.0",
                        ids.get(1) + "|1|0|3631AA|7|null|Nieuwersluis|52.2|5.01"),
                rows("SELECT participant_id, municipality_id, position, postcode, house_number, suffix, place,"
                        + " latitude, longitude FROM participant_address ORDER BY participant_id, position"));
        assertEquals(NOW, createdAt(ids.get(0)));
    }

    @Test
    void moreRowsThanOneStatementHoldsAreAllWrittenWithTheirOwnAddresses() throws SQLException {
        int n = 2 * ParticipantInserts.ROWS_PER_STATEMENT + 37;
        List<NewParticipant> many = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            many.add(participant("p" + i + "@example.nl", i + 1));
        }

        List<Long> ids = boxed(inserts.insert(1, NOW, many));

        assertEquals(n, ids.stream().distinct().count());
        assertEquals(List.of(Integer.toString(n)), rows("SELECT COUNT(*) FROM participant"));
        assertEquals(
                List.of(Integer.toString(n)),
                rows(
                        "SELECT COUNT(*) FROM participant p JOIN participant_address a ON a.participant_id = p.id"
                                + " WHERE a.house_number = CAST(SUBSTRING(p.email, 2, POSITION('@' IN p.email) - 2) AS INT) + 1"));
    }

    @Test
    void aStatementOfSeveralRowsRepeatsTheValuesList() {
        assertEquals(
                "INSERT INTO t (a, b) VALUES (?, 0), (?, 0), (?, 0)",
                ParticipantInserts.insert("INSERT INTO t (a, b) VALUES ", "(?, 0)", 3));
    }

    @Test
    void idsComeFromTheEntitiesSequencesSoJpaNeverHandsOutTheSameOnes() throws SQLException {
        List<NewParticipant> many = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            many.add(participant("p" + i + "@example.nl", i));
        }

        List<Long> ids = boxed(inserts.insert(1, NOW, many));

        assertEquals(120, ids.stream().distinct().count());
        long nextForJpa =
                Long.parseLong(rows("SELECT NEXT VALUE FOR participant_seq").get(0));
        assertTrue(ids.stream().allMatch(id -> id <= nextForJpa - 50), "JPA's next block starts after " + ids);
    }

    @Test
    void registeredEmailsAreThoseOfTheOneMunicipalityInLowerCase() {
        inserts.insert(1, NOW, List.of(participant("Piet@Example.nl", 1), participant("kees@example.nl", 2)));
        inserts.insert(2, NOW, List.of(participant("elders@example.nl", 3)));

        assertEquals(Set.of("piet@example.nl", "kees@example.nl"), inserts.registeredEmails(1));
        assertEquals(Set.of("elders@example.nl"), inserts.registeredEmails(2));
    }

    @Test
    void aRowTheDatabaseRefusesFailsTheWholeCall() {
        inserts.insert(1, NOW, List.of(participant("twice@example.nl", 1)));

        IllegalStateException failed = assertThrows(
                IllegalStateException.class, () -> inserts.insert(1, NOW, List.of(participant("twice@example.nl", 2))));
        assertTrue(failed.getMessage().contains("1 imported participants"), failed.getMessage());
    }

    private static List<Long> boxed(long[] ids) {
        return Arrays.stream(ids).boxed().toList();
    }

    private static NewParticipant participant(String email, int number) {
        return new NewParticipant(
                new ParticipantDetails(
                        email,
                        null,
                        1970,
                        "nl",
                        List.of(new ContactDetails("email", email, true)),
                        null,
                        null,
                        List.of(new AddressDetails("3601AB", number, null, "Maarssen", 52.13, 5.04))),
                String.format("%064d", number));
    }

    private Instant createdAt(long id) throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT created_at FROM participant WHERE id = " + id)) {
            rs.next();
            return rs.getTimestamp(1).toInstant();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private List<String> rows(String sql) throws SQLException {
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
