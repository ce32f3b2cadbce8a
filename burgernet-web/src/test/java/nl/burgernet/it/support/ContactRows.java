package nl.burgernet.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * For fixtures that write participants in bulk with SQL: their contact points, as the portal stores them (one row per
 * participant and channel, {@code V7__contact_points.sql}).
 */
public final class ContactRows {

    private ContactRows() {}

    /** An e-mail contact point, on, at their e-mail address, for every participant with an id in the range. */
    public static void emailFor(Connection c, long fromId, long toId) throws SQLException {
        try (PreparedStatement k = c.prepareStatement("INSERT INTO participant_contact (participant_id,"
                + " municipality_id, channel, address, enabled, updated_at) SELECT id, municipality_id, 'email',"
                + " email, 1, created_at FROM participant WHERE id BETWEEN ? AND ?")) {
            k.setLong(1, fromId);
            k.setLong(2, toId);
            k.executeUpdate();
        }
    }
}
