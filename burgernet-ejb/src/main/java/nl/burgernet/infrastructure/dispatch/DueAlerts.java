package nl.burgernet.infrastructure.dispatch;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Finds alerts whose time has come, across all municipalities (the timer works for every tenant; each alert is then
 * handled as its own municipality's).
 */
@ApplicationScoped
public class DueAlerts {

    @Resource(lookup = "jdbc/burgernet")
    DataSource dataSource;

    /** An alert and the municipality that owns it. */
    public record Due(long alertId, long municipalityId) {}

    public List<Due> toStart(Instant now) {
        return find("SELECT id, municipality_id FROM alert WHERE status = 'SCHEDULED' AND starts_at <= ?", now);
    }

    public List<Due> toExpire(Instant now) {
        return find(
                "SELECT id, municipality_id FROM alert WHERE status IN ('DISPATCHING','ACTIVE') AND expires_at <= ?",
                now);
    }

    private List<Due> find(String sql, Instant now) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setTimestamp(1, Timestamp.from(now));
            List<Due> due = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    due.add(new Due(rs.getLong(1), rs.getLong(2)));
                }
            }
            return due;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot find due alerts", e);
        }
    }
}
