package nl.burgernet.infrastructure.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.burgernet.application.dispatch.Candidate;
import nl.burgernet.channel.api.ChannelDescriptor;
import nl.burgernet.domain.model.alert.TargetArea;
import nl.burgernet.domain.model.geo.Coordinates;
import nl.burgernet.domain.model.geo.GeoCircle;
import nl.burgernet.infrastructure.channels.ChannelRegistry;
import nl.burgernet.infrastructure.persistence.SqlDialect;
import nl.burgernet.infrastructure.persistence.migration.DatabaseMigration;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The three reads of targeting on H2 with the real schema: the national one (no area), a small area (its grid cells)
 * and a large one (per municipality): each participant's channels end up in one candidate per address, whichever
 * order the rows come in, and inactive participants or switched-off contacts are not read.
 */
class CandidateReaderTest {

    private static final Coordinates HERE = new Coordinates(52.135, 5.04);

    private final List<Candidate> read = new ArrayList<>();
    private CandidateReader reader;

    @BeforeEach
    void schemaAndParticipants() throws SQLException {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure()
                .dataSource(db)
                .locations("classpath:db/migration")
                .placeholders(DatabaseMigration.placeholders(SqlDialect.H2))
                .load()
                .migrate();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO municipality (id, cbs_code, name, created_at) VALUES (1, 'GM0001', 'Een', NOW()),"
                    + " (2, 'GM0002', 'Twee', NOW())");
            participant(s, 1, 1, "ACTIVE");
            participant(s, 2, 1, "ACTIVE");
            participant(s, 3, 2, "ACTIVE");
            participant(s, 4, 1, "UNSUBSCRIBED");
            participant(s, 5, 1, "ACTIVE");
            address(s, 1, 1, 1, HERE);
            address(s, 2, 2, 1, HERE);
            address(s, 3, 2, 1, HERE.moved(90, 200)); // a second address of participant 2
            address(s, 4, 3, 2, HERE);
            address(s, 5, 4, 1, HERE);
            address(s, 6, 5, 1, HERE);
            contact(s, 1, 1, "email", "p1@example.nl", 1);
            contact(s, 1, 1, "sms", "+31612345678", 1);
            contact(s, 2, 1, "email", "p2@example.nl", 1);
            contact(s, 3, 2, "email", "p3@example.nl", 1);
            contact(s, 4, 1, "email", "p4@example.nl", 1);
            contact(s, 5, 1, "email", "p5@example.nl", 0);
        }
        reader = new CandidateReader();
        reader.dataSource = db;
        reader.registry = new ChannelRegistry() {
            @Override
            public List<ChannelDescriptor> descriptors() {
                return List.of();
            }
        };
    }

    @Test
    void theNationalReadGivesEveryActiveParticipantOnceWithAllTheirChannels() {
        reader.forEachInArea(Set.of(), Optional.empty(), read::add);

        assertEquals(List.of("1:email,sms", "2:email", "3:email"), described());
    }

    @Test
    void aSmallAreaIsReadByItsGridCellsOneCandidatePerAddress() {
        reader.forEachInArea(Set.of(1L), circle(500), read::add);

        assertEquals(List.of("1:email,sms", "2:email", "2:email"), described());
    }

    @Test
    void aLargeAreaIsReadPerMunicipalityInParticipantOrder() {
        reader.forEachInArea(Set.of(1L, 2L), circle(30_000), read::add);

        assertEquals(List.of("1:email,sms", "2:email", "2:email", "3:email"), described());
    }

    private static Optional<TargetArea> circle(int metres) {
        return Optional.of(new TargetArea.Circle(new GeoCircle(HERE, metres)));
    }

    /** "participant:channels" per candidate, in the order they were handed on (sorted for the cells' read). */
    private List<String> described() {
        return read.stream()
                .map(c -> c.participantId() + ":" + String.join(",", new TreeSet<>(c.channels())))
                .sorted()
                .toList();
    }

    private static void participant(Statement s, long id, long municipality, String status) throws SQLException {
        s.execute("INSERT INTO participant (id, municipality_id, email, birth_year, language, status, access_token,"
                + " created_at) VALUES (" + id + ", " + municipality + ", 'p" + id + "@example.nl', 1970, 'nl', '"
                + status + "', 't" + id + "', NOW())");
    }

    private static void address(Statement s, long id, long participant, long municipality, Coordinates at)
            throws SQLException {
        s.execute("INSERT INTO participant_address (id, participant_id, municipality_id, position, postcode,"
                + " house_number, place, latitude, longitude) VALUES (" + id + ", " + participant + ", "
                + municipality + ", " + id + ", '3601AB', 1, 'Maarssen', " + at.latitude() + ", " + at.longitude()
                + ")");
    }

    private static void contact(
            Statement s, long participant, long municipality, String channel, String address, int enabled)
            throws SQLException {
        s.execute("INSERT INTO participant_contact (participant_id, municipality_id, channel, address, enabled,"
                + " updated_at) VALUES (" + participant + ", " + municipality + ", '" + channel + "', '" + address
                + "', " + enabled + ", NOW())");
    }
}
