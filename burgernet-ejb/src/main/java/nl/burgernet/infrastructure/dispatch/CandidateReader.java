package nl.burgernet.infrastructure.dispatch;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.burgernet.application.dispatch.Candidate;
import nl.burgernet.application.dispatch.MunicipalityRules;
import nl.burgernet.domain.model.alert.TargetArea;
import nl.burgernet.domain.model.geo.BoundingBox;
import nl.burgernet.domain.model.geo.Coordinates;
import nl.burgernet.domain.model.geo.GridCells;

/**
 * Reads targeting candidates with plain SQL. Participants whose e-mail bounced (BOUNCING) stay candidates for their
 * other channels. This is one of the few places that reads several municipalities'
 * participants at once (regional and national alerts), so the municipality filter is written out in every query
 * instead of left to EclipseLink's tenant discriminator: {@code municipalityIds} empty means all, on purpose.
 */
@ApplicationScoped
public class CandidateReader {

    private static final String CANDIDATE_COLUMNS = "p.id, p.municipality_id, p.language,"
            + " CASE WHEN p.status = 'BOUNCING' THEN 0 ELSE p.email_enabled END,"
            + " p.sms_enabled, p.voice_enabled, p.push_enabled, p.email, p.mobile, p.quiet_from, p.quiet_to";

    private static final String IN_BOX = "a.latitude BETWEEN ? AND ? AND a.longitude BETWEEN ? AND ?";

    @Resource(lookup = "jdbc/burgernet")
    DataSource dataSource;

    /** Active participants with an address in the area's bounding box (all of them when there is no area). */
    public List<Candidate> inArea(Set<Long> municipalityIds, Optional<TargetArea> area) {
        Optional<BoundingBox> box = area.map(TargetArea::boundingBox);
        Optional<List<Integer>> cells = box.flatMap(GridCells::covering);
        String sql;
        if (cells.isPresent()) {
            // The municipalities are left to Java: in SQL, H2 would prefer their index and read them whole.
            sql = "SELECT " + CANDIDATE_COLUMNS + ", a.latitude, a.longitude FROM participant_address a"
                    + " JOIN participant p ON p.id = a.participant_id WHERE a.geo_cell IN ("
                    + placeholders(cells.get().size()) + ") AND " + IN_BOX
                    + " AND p.status IN ('ACTIVE', 'BOUNCING')";
        } else if (box.isPresent()) {
            sql = perMunicipality(
                    municipalityIds,
                    "SELECT " + CANDIDATE_COLUMNS + ", a.latitude, a.longitude FROM participant_address a"
                            + " JOIN participant p ON p.id = a.participant_id WHERE %s " + IN_BOX
                            + " AND p.status IN ('ACTIVE', 'BOUNCING')");
        } else {
            sql = "SELECT " + CANDIDATE_COLUMNS + " FROM participant p WHERE "
                    + municipalityFilter("p", municipalityIds) + " p.status IN ('ACTIVE', 'BOUNCING')";
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            if (cells.isPresent()) {
                bindBox(s, bindCells(s, 1, cells.get()), box.get());
            } else if (box.isPresent()) {
                bindPerMunicipality(s, 1, municipalityIds, box.get());
            } else {
                bindMunicipalities(s, 1, municipalityIds);
            }
            s.setFetchSize(5_000);
            List<Candidate> result = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Candidate candidate = candidate(rs, box.isPresent());
                    if (municipalityIds.isEmpty() || municipalityIds.contains(candidate.municipalityId())) {
                        result.add(candidate);
                    }
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the participants in the area", e);
        }
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

    /** The targeting rules of the given municipalities. */
    public Map<Long, MunicipalityRules> rules(Collection<Long> municipalityIds) {
        Map<Long, MunicipalityRules> rules = new HashMap<>();
        if (municipalityIds.isEmpty()) {
            return rules;
        }
        String sql = "SELECT id, enabled_channels, quiet_from, quiet_to, weekly_budget FROM municipality WHERE id IN ("
                + placeholders(municipalityIds.size()) + ")";
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

    private static Candidate candidate(ResultSet rs, boolean withAddress) throws SQLException {
        Set<String> channels = Candidate.channels(
                rs.getInt(4) == 1,
                rs.getInt(5) == 1,
                rs.getInt(6) == 1,
                rs.getInt(7) == 1,
                rs.getString(8) != null,
                rs.getString(9) != null);
        Coordinates address = withAddress ? new Coordinates(rs.getDouble(12), rs.getDouble(13)) : null;
        return new Candidate(
                rs.getLong(1), rs.getLong(2), address, rs.getString(3), channels, time(rs, 10), time(rs, 11));
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
