package nl.burgernet.infrastructure.persistence.jdbc;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import nl.burgernet.application.participant.NewParticipant;
import nl.burgernet.domain.model.participant.AddressDetails;
import nl.burgernet.domain.model.participant.ContactDetails;
import nl.burgernet.domain.model.participant.ParticipantDetails;
import nl.burgernet.domain.model.participant.ParticipantStatus;
import nl.burgernet.infrastructure.dispatch.IdBlocks;

/**
 * Adds participants and their addresses in JDBC batches, for imports: JPA spends most of an import of a hundred
 * thousand rows on its unit of work. The rows are what the {@code Participant}, {@code ParticipantAddress} and
 * {@code ContactPoint} entities would write for a new, confirmed participant, with ids from the same sequences; the municipality is
 * written explicitly. Every method joins the caller's transaction.
 */
@ApplicationScoped
public class ParticipantInserts {

    static final String PARTICIPANT_SEQUENCE = "participant_seq";
    static final String ADDRESS_SEQUENCE = "participant_address_seq";
    /** The sequences' INCREMENT BY (V3__participants.sql), which is also the entities' allocation size. */
    static final int SEQUENCE_INCREMENT = 50;

    /** Rows per INSERT statement: one statement per hundred rows costs the databases far less than one per row. */
    static final int ROWS_PER_STATEMENT = 100;

    static final String PARTICIPANT_COLUMNS = "INSERT INTO participant (id, municipality_id, email,"
            + " display_name, birth_year, language, quiet_from, quiet_to, status, access_token, created_at,"
            + " confirmed_at, version) VALUES ";
    static final String PARTICIPANT_VALUES = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";

    static final String CONTACT_COLUMNS = "INSERT INTO participant_contact (participant_id, municipality_id, channel,"
            + " address, enabled, failure_score, failing, updated_at) VALUES ";
    static final String CONTACT_VALUES = "(?, ?, ?, ?, ?, 0, 0, ?)";

    static final String ADDRESS_COLUMNS = "INSERT INTO participant_address (id, participant_id, municipality_id,"
            + " position, postcode, house_number, suffix, place, latitude, longitude) VALUES ";
    static final String ADDRESS_VALUES = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    static final String REGISTERED_EMAILS =
            "SELECT email FROM participant WHERE municipality_id = ? AND email IS NOT NULL";

    @Resource(lookup = "jdbc/burgernet")
    DataSource dataSource;

    @Inject
    IdBlocks ids;

    ParticipantInserts() {}

    ParticipantInserts(DataSource dataSource, IdBlocks ids) {
        this.dataSource = dataSource;
        this.ids = ids;
    }

    /**
     * Writes active participants of {@code municipalityId}, signed up and confirmed at {@code now}, with their
     * addresses.
     *
     * @return their ids, in the order given
     */
    public long[] insert(long municipalityId, Instant now, List<NewParticipant> participants) {
        Timestamp at = Timestamp.from(now);
        long[] participantIds = ids.reserve(PARTICIPANT_SEQUENCE, SEQUENCE_INCREMENT, participants.size());
        List<AddressRow> addresses = new ArrayList<>(participants.size());
        List<ContactRow> contacts = new ArrayList<>(participants.size() * 2);
        for (int i = 0; i < participants.size(); i++) {
            List<AddressDetails> own = participants.get(i).details().addresses();
            for (int position = 0; position < own.size(); position++) {
                addresses.add(new AddressRow(participantIds[i], position, own.get(position)));
            }
            for (ContactDetails contact : participants.get(i).details().contacts()) {
                contacts.add(new ContactRow(participantIds[i], contact));
            }
        }
        long[] addressIds = ids.reserve(ADDRESS_SEQUENCE, SEQUENCE_INCREMENT, addresses.size());
        try (Connection c = dataSource.getConnection()) {
            insertRows(
                    c,
                    PARTICIPANT_COLUMNS,
                    PARTICIPANT_VALUES,
                    participants.size(),
                    (s, offset, row) ->
                            bindParticipant(s, offset, participantIds[row], municipalityId, at, participants.get(row)));
            insertRows(
                    c,
                    ADDRESS_COLUMNS,
                    ADDRESS_VALUES,
                    addresses.size(),
                    (s, offset, row) -> bindAddress(s, offset, addressIds[row], municipalityId, addresses.get(row)));
            insertRows(
                    c,
                    CONTACT_COLUMNS,
                    CONTACT_VALUES,
                    contacts.size(),
                    (s, offset, row) -> bindContact(s, offset, municipalityId, at, contacts.get(row)));
            return participantIds;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store " + participants.size() + " imported participants", e);
        }
    }

    /** An address and the participant it belongs to. */
    record AddressRow(long participantId, int position, AddressDetails address) {}

    /** A contact point and the participant it belongs to. */
    record ContactRow(long participantId, ContactDetails contact) {}

    /** Sets the parameters of row {@code row} of the insert, which start after {@code offset} others. */
    @FunctionalInterface
    interface RowBinder {
        void bind(PreparedStatement s, int offset, int row) throws SQLException;
    }

    /** Inserts {@code rows} rows in statements of {@value #ROWS_PER_STATEMENT} rows (the last one smaller). */
    static void insertRows(Connection c, String columns, String values, int rows, RowBinder binder)
            throws SQLException {
        int full = rows / ROWS_PER_STATEMENT;
        int parameters = parameterCount(values);
        if (full > 0) {
            try (PreparedStatement s = c.prepareStatement(insert(columns, values, ROWS_PER_STATEMENT))) {
                for (int statement = 0; statement < full; statement++) {
                    for (int i = 0; i < ROWS_PER_STATEMENT; i++) {
                        binder.bind(s, i * parameters, statement * ROWS_PER_STATEMENT + i);
                    }
                    s.addBatch();
                }
                s.executeBatch();
            }
        }
        int rest = rows % ROWS_PER_STATEMENT;
        if (rest > 0) {
            try (PreparedStatement s = c.prepareStatement(insert(columns, values, rest))) {
                for (int i = 0; i < rest; i++) {
                    binder.bind(s, i * parameters, full * ROWS_PER_STATEMENT + i);
                }
                s.executeUpdate();
            }
        }
    }

    /** {@code INSERT INTO t (...) VALUES (?, ...), (?, ...)} with {@code rows} rows. */
    static String insert(String columns, String values, int rows) {
        StringBuilder sql = new StringBuilder(columns.length() + rows * (values.length() + 2)).append(columns);
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append(values);
        }
        return sql.toString();
    }

    private static int parameterCount(String values) {
        return (int) values.chars().filter(ch -> ch == '?').count();
    }

    /** Every e-mail address registered in the municipality, in lower case (how duplicates are compared). */
    public Set<String> registeredEmails(long municipalityId) {
        Set<String> emails = new HashSet<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(REGISTERED_EMAILS)) {
            s.setLong(1, municipalityId);
            s.setFetchSize(1_000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    emails.add(rs.getString(1).toLowerCase(Locale.ROOT));
                }
            }
            return emails;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the registered e-mail addresses", e);
        }
    }

    static void bindParticipant(
            PreparedStatement s, int offset, long id, long municipalityId, Timestamp now, NewParticipant participant)
            throws SQLException {
        ParticipantDetails d = participant.details();
        s.setLong(offset + 1, id);
        s.setLong(offset + 2, municipalityId);
        s.setString(offset + 3, d.email());
        s.setString(offset + 4, d.displayName());
        s.setInt(offset + 5, d.birthYear());
        s.setString(offset + 6, d.language());
        setTime(s, offset + 7, d.quietFrom());
        setTime(s, offset + 8, d.quietTo());
        // Like Participant: with no channel on, nobody is reached, so the participant is unsubscribed.
        s.setString(
                offset + 9,
                d.channelsOn().isEmpty() ? ParticipantStatus.UNSUBSCRIBED.name() : ParticipantStatus.ACTIVE.name());
        s.setString(offset + 10, participant.linkKey());
        s.setTimestamp(offset + 11, now);
        s.setTimestamp(offset + 12, now);
    }

    static void bindContact(PreparedStatement s, int offset, long municipalityId, Timestamp now, ContactRow row)
            throws SQLException {
        s.setLong(offset + 1, row.participantId());
        s.setLong(offset + 2, municipalityId);
        s.setString(offset + 3, row.contact().channel());
        s.setString(offset + 4, row.contact().address());
        s.setShort(offset + 5, flag(row.contact().enabled()));
        s.setTimestamp(offset + 6, now);
    }

    static void bindAddress(PreparedStatement s, int offset, long id, long municipalityId, AddressRow row)
            throws SQLException {
        AddressDetails a = row.address();
        s.setLong(offset + 1, id);
        s.setLong(offset + 2, row.participantId());
        s.setLong(offset + 3, municipalityId);
        s.setInt(offset + 4, row.position());
        s.setString(offset + 5, a.postcode());
        s.setInt(offset + 6, a.houseNumber());
        s.setString(offset + 7, a.suffix());
        s.setString(offset + 8, a.place());
        s.setDouble(offset + 9, a.latitude());
        s.setDouble(offset + 10, a.longitude());
    }

    /** Flags are SMALLINT 0/1 (see V7__contact_points.sql and {@code FlagConverter}). */
    private static short flag(boolean on) {
        return (short) (on ? 1 : 0);
    }

    private static void setTime(PreparedStatement s, int index, LocalTime time) throws SQLException {
        if (time == null) {
            s.setNull(index, Types.TIME);
        } else {
            s.setObject(index, time, Types.TIME);
        }
    }
}
