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
 * Receipts that arrived before the delivery they are about was recorded ({@code V16__held_receipts.sql}). A receipt
 * for the same message that comes again replaces the held one: the later state is the final one.
 */
@ApplicationScoped
public class HeldReceipts {

    @Resource(lookup = "jdbc/burgernet")
    DataSource dataSource;

    public record Held(
            String channel,
            String municipalityCode,
            String providerId,
            String receipt,
            String detail,
            Instant at,
            Instant heldAt) {}

    public void hold(Held r) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement update =
                    c.prepareStatement("UPDATE held_receipt SET receipt = ?, receipt_detail = ?,"
                            + " receipt_at = ? WHERE channel = ? AND municipality_code = ? AND provider_id = ?")) {
                update.setString(1, r.receipt());
                update.setString(2, detail(r.detail()));
                update.setTimestamp(3, Timestamp.from(r.at()));
                update.setString(4, r.channel());
                update.setString(5, r.municipalityCode());
                update.setString(6, r.providerId());
                if (update.executeUpdate() > 0) {
                    return;
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO held_receipt (channel, municipality_code,"
                    + " provider_id, receipt, receipt_detail, receipt_at, held_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, r.channel());
                insert.setString(2, r.municipalityCode());
                insert.setString(3, r.providerId());
                insert.setString(4, r.receipt());
                insert.setString(5, detail(r.detail()));
                insert.setTimestamp(6, Timestamp.from(r.at()));
                insert.setTimestamp(7, Timestamp.from(r.heldAt()));
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot hold a receipt of channel " + r.channel(), e);
        }
    }

    /** The oldest held receipts, at most {@code max}. */
    public List<Held> oldest(int max) {
        List<Held> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT channel, municipality_code, provider_id, receipt,"
                        + " receipt_detail, receipt_at, held_at FROM held_receipt ORDER BY held_at")) {
            s.setMaxRows(max);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(new Held(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getTimestamp(6).toInstant(),
                            rs.getTimestamp(7).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the held receipts", e);
        }
        return found;
    }

    public void forget(List<Held> receipts) {
        if (receipts.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "DELETE FROM held_receipt WHERE channel = ? AND municipality_code = ? AND provider_id = ?")) {
            for (Held r : receipts) {
                s.setString(1, r.channel());
                s.setString(2, r.municipalityCode());
                s.setString(3, r.providerId());
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot forget held receipts", e);
        }
    }

    private static String detail(String detail) {
        return detail == null || detail.length() <= 300 ? detail : detail.substring(0, 300);
    }
}
