package nl.burgernet.infrastructure.dispatch;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.burgernet.application.dispatch.Candidate;
import nl.burgernet.application.dispatch.MunicipalityRules;
import nl.burgernet.channel.api.AddressKind;
import nl.burgernet.channel.api.ChannelDescriptor;
import nl.burgernet.domain.model.alert.TargetArea;
import nl.burgernet.domain.model.geo.BoundingBox;
import nl.burgernet.domain.model.geo.Coordinates;
import nl.burgernet.domain.model.geo.GridCells;
import nl.burgernet.infrastructure.channels.ChannelRegistry;
import nl.burgernet.infrastructure.persistence.jdbc.StreamedRead;

/**
 * Reads targeting candidates with plain SQL. A candidate's channels are their contact points that are on, not
 * stopped after failures and have an address (unless the channel needs none): one join on the contact's primary key
 * (participant, channel), so a participant with two channels is two rows, merged here. This is one of the few places that reads several municipalities'
 * participants at once (regional and national alerts), so the municipality filter is written out in every query
 * instead of left to EclipseLink's tenant discriminator: {@code municipalityIds} empty means all, on purpose.
 */
@ApplicationScoped
public class CandidateReader {

    private static final String CANDIDATE_COLUMNS =
            "p.id, p.municipality_id, p.language, pc.channel, p.quiet_from, p.quiet_to";

    private static final String IN_BOX = "a.latitude BETWEEN ? AND ? AND a.longitude BETWEEN ? AND ?";

    @Resource(lookup = "jdbc/burgernet")
    DataSource dataSource;

    @Inject
    ChannelRegistry registry;

    /**
     * Active participants with an address in the area's bounding box (all of them when there is no area), handed to
     * {@code sink} one candidate at a time as they are read: a national alert reads millions, which must never be held
     * at once. Selections of a few grid cells are merged in memory (a few thousand rows); every larger one is read in
     * participant order as a {@link StreamedRead}, so a candidate is complete when the next participant's rows begin.
     */
    public void forEachInArea(Set<Long> municipalityIds, Optional<TargetArea> area, Consumer<Candidate> sink) {
        Optional<BoundingBox> box = area.map(TargetArea::boundingBox);
        Optional<List<Integer>> cells = box.flatMap(GridCells::covering);
        String contacts = contactJoin(addressless());
        String sql;
        if (cells.isPresent()) {
            // The municipalities are left to Java: in SQL, H2 would prefer their index and read them whole.
            sql = "SELECT " + CANDIDATE_COLUMNS + ", a.latitude, a.longitude FROM participant_address a"
                    + " JOIN participant p ON p.id = a.participant_id" + contacts + " WHERE a.geo_cell IN ("
                    + placeholders(cells.get().size()) + ") AND " + IN_BOX
                    + " AND p.status = 'ACTIVE'";
        } else if (box.isPresent()) {
            sql = "SELECT * FROM ("
                    + perMunicipality(
                            municipalityIds,
                            "SELECT " + CANDIDATE_COLUMNS + ", a.latitude, a.longitude, a.id AS address_id"
                                    + " FROM participant_address a JOIN participant p ON p.id = a.participant_id"
                                    + contacts + " WHERE %s " + IN_BOX + " AND p.status = 'ACTIVE'")
                    + ") c ORDER BY 1, 9";
        } else {
            sql = "SELECT " + CANDIDATE_COLUMNS + " FROM participant p" + contacts + " WHERE "
                    + municipalityFilter("p", municipalityIds) + " p.status = 'ACTIVE' ORDER BY p.id";
        }
        try {
            StreamedRead.query(
                    dataSource,
                    sql,
                    s -> {
                        if (cells.isPresent()) {
                            bindBox(s, bindCells(s, 1, cells.get()), box.get());
                        } else if (box.isPresent()) {
                            bindPerMunicipality(s, 1, municipalityIds, box.get());
                        } else {
                            bindMunicipalities(s, 1, municipalityIds);
                        }
                    },
                    rs -> read(rs, municipalityIds, box.isPresent(), cells.isEmpty(), sink));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the participants in the area", e);
        }
    }

    /**
     * One row per participant, address and channel: the rows of one participant's address become one candidate with
     * all its channels. {@code ordered}: the rows come in participant order, so what was merged so far is complete
     * when another participant's rows begin; otherwise everything is merged first.
     */
    private static void read(
            ResultSet rs, Set<Long> municipalityIds, boolean withAddress, boolean ordered, Consumer<Candidate> sink)
            throws SQLException {
        Map<Object, Candidate> merged = new LinkedHashMap<>();
        long current = Long.MIN_VALUE;
        while (rs.next()) {
            long municipality = rs.getLong(2);
            if (!municipalityIds.isEmpty() && !municipalityIds.contains(municipality)) {
                continue;
            }
            long participant = rs.getLong(1);
            if (ordered && participant != current) {
                merged.values().forEach(sink);
                merged.clear();
                current = participant;
            }
            Coordinates address = withAddress ? new Coordinates(rs.getDouble(7), rs.getDouble(8)) : null;
            Object key = address == null ? participant : new AddressKey(participant, address);
            Candidate candidate = merged.get(key);
            if (candidate == null) {
                candidate = new Candidate(
                        participant,
                        municipality,
                        address,
                        language(rs.getString(3)),
                        new HashSet<>(2),
                        time(rs, 5),
                        time(rs, 6));
                merged.put(key, candidate);
            }
            candidate.channels().add(rs.getString(4).intern());
        }
        merged.values().forEach(sink);
    }

    /** The two languages as shared strings: a national read would otherwise keep a copy per participant. */
    private static String language(String language) {
        return language == null ? null : language.intern();
    }

    /**
     * Per participant with an address in the area's box: how many other alerts reached them (or are about to) since
     * {@code since}. Only those with at least one are returned.
     */
    public Map<Long, Integer> recentAlertCounts(
            Set<Long> municipalityIds, Optional<TargetArea> area, long exceptAlert, Instant since) {
        Optional<List<Integer>> cells = area.flatMap(a -> GridCells.covering(a.boundingBox()));
        // With cells, participants of other municipalities in the box are counted too: harmless, only the
        // candidates' counts are looked up.
        String inArea = cells.isPresent()
                ? "SELECT a.participant_id FROM participant_address a WHERE a.geo_cell IN ("
                        + placeholders(cells.get().size()) + ") AND " + IN_BOX
                : area.isPresent()
                        ? perMunicipality(
                                municipalityIds,
                                "SELECT a.participant_id FROM participant_address a WHERE %s " + IN_BOX)
                        : "SELECT p.id FROM participant p WHERE " + municipalityFilter("p", municipalityIds) + " 1 = 1";
        String sql = "SELECT d.participant_id, COUNT(DISTINCT d.alert_id) FROM delivery d"
                + " WHERE d.created_at > ? AND d.alert_id <> ? AND d.status IN ('PENDING','SENDING','SENT','RETRY')"
                + " AND d.participant_id IN (" + inArea + ") GROUP BY d.participant_id";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setTimestamp(1, Timestamp.from(since));
            s.setLong(2, exceptAlert);
            if (cells.isPresent()) {
                bindBox(s, bindCells(s, 3, cells.get()), area.get().boundingBox());
            } else if (area.isPresent()) {
                bindPerMunicipality(s, 3, municipalityIds, area.get().boundingBox());
            } else {
                bindMunicipalities(s, 3, municipalityIds);
            }
            Map<Long, Integer> counts = new HashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getLong(1), rs.getInt(2));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count participants' recent alerts", e);
        }
    }

    /** The targeting rules of the given municipalities; of all of them when none is given (national reach). */
    public Map<Long, MunicipalityRules> rules(Collection<Long> municipalityIds) {
        Map<Long, MunicipalityRules> rules = new HashMap<>();
        String sql = "SELECT id, enabled_channels, quiet_from, quiet_to, weekly_budget FROM municipality"
                + (municipalityIds.isEmpty() ? "" : " WHERE id IN (" + placeholders(municipalityIds.size()) + ")");
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            bindMunicipalities(s, 1, Set.copyOf(municipalityIds));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    Set<String> channels = Arrays.stream(rs.getString(2).split(","))
                            .map(String::strip)
                            .filter(x -> !x.isEmpty())
                            .collect(Collectors.toSet());
                    rules.put(id, new MunicipalityRules(id, channels, time(rs, 3), time(rs, 4), rs.getInt(5)));
                }
            }
            return rules;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the municipalities' targeting rules", e);
        }
    }

    /** The municipality that owns an alert: the tenant whose rules and settings its dispatch applies. */
    public long ownerOf(long alertId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT municipality_id FROM alert WHERE id = ?")) {
            s.setLong(1, alertId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("No alert " + alertId);
                }
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the owner of alert " + alertId, e);
        }
    }

    /** The ids of the municipalities in a veiligheidsregio (region). */
    public Set<Long> municipalitiesInRegion(String region) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT id FROM municipality WHERE region = ?")) {
            s.setString(1, region);
            Set<Long> ids = new java.util.HashSet<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the municipalities of region " + region, e);
        }
    }

    /** One participant's address, the unit a candidate stands for. */
    private record AddressKey(long participantId, Coordinates address) {}

    /** The deployed channels that need no address: their contacts count without one. */
    private Set<String> addressless() {
        Set<String> ids = new HashSet<>();
        for (ChannelDescriptor d : registry.descriptors()) {
            if (d.addressKind() == AddressKind.NONE) {
                ids.add(d.id());
            }
        }
        return ids;
    }

    /**
     * The join to the contacts that can reach the participant. Channel ids are written into the SQL: a descriptor
     * only accepts lower-case letters, digits and '-', so they can hold no quote.
     */
    static String contactJoin(Set<String> addressless) {
        String address = addressless.isEmpty()
                ? "pc.address IS NOT NULL"
                : "(pc.address IS NOT NULL OR pc.channel IN ("
                        + addressless.stream()
                                .sorted()
                                .map(id -> {
                                    if (!id.matches("[a-z][a-z0-9-]*")) {
                                        throw new IllegalArgumentException("Not a channel id: " + id);
                                    }
                                    return "'" + id + "'";
                                })
                                .collect(Collectors.joining(","))
                        + "))";
        return " JOIN participant_contact pc ON pc.participant_id = p.id AND pc.enabled = 1 AND pc.failing = 0 AND "
                + address;
    }

    private static LocalTime time(ResultSet rs, int column) throws SQLException {
        Time t = rs.getTime(column);
        return t == null ? null : t.toLocalTime();
    }

    /**
     * The query once per municipality, glued with UNION ALL, or once for all when there is no municipality filter.
     * {@code (municipality_id = ?, latitude BETWEEN ...)} is one short range of the geo index in every database, where
     * {@code municipality_id IN (...) AND latitude BETWEEN ...} makes H2 read each municipality's addresses whole: at
     * two million participants, the difference between 5 and 100 ms for a regional alert.
     *
     * @param template a query with {@code %s} where the municipality condition (with its trailing AND) goes
     */
    private static String perMunicipality(Set<Long> municipalityIds, String template) {
        if (municipalityIds.isEmpty()) {
            return template.formatted("");
        }
        return String.join(
                " UNION ALL ",
                java.util.Collections.nCopies(municipalityIds.size(), template.formatted("a.municipality_id = ? AND")));
    }

    private static int bindCells(PreparedStatement s, int first, List<Integer> cells) throws SQLException {
        int i = first;
        for (int cell : cells) {
            s.setInt(i++, cell);
        }
        return i;
    }

    /** Binds what {@link #perMunicipality} asks for: per municipality its id and the box, or just the box. */
    private static void bindPerMunicipality(PreparedStatement s, int first, Set<Long> municipalityIds, BoundingBox box)
            throws SQLException {
        if (municipalityIds.isEmpty()) {
            bindBox(s, first, box);
            return;
        }
        int i = first;
        for (long id : municipalityIds.stream().sorted().toList()) {
            s.setLong(i, id);
            bindBox(s, i + 1, box);
            i += 5;
        }
    }

    private static String municipalityFilter(String alias, Set<Long> municipalityIds) {
        return municipalityIds.isEmpty()
                ? ""
                : alias + ".municipality_id IN (" + placeholders(municipalityIds.size()) + ") AND";
    }

    private static String placeholders(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    private static int bindMunicipalities(PreparedStatement s, int first, Set<Long> ids) throws SQLException {
        int i = first;
        for (long id : ids.stream().sorted().toList()) {
            s.setLong(i++, id);
        }
        return i;
    }

    private static void bindBox(PreparedStatement s, int first, BoundingBox box) throws SQLException {
        s.setDouble(first, box.minLatitude());
        s.setDouble(first + 1, box.maxLatitude());
        s.setDouble(first + 2, box.minLongitude());
        s.setDouble(first + 3, box.maxLongitude());
    }
}
