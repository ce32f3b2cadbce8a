package nl.burgernet.infrastructure.reply;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Finds what an answer through a channel (an SMS) is an answer to: the reply key of the latest delivery that reached
 * that address through that channel — for an alert of the municipality whose connection it came in on if there is
 * one, else of any municipality. Municipalities that share the platform's provider account share its connections,
 * and the provider hands an answer to whichever of them it likes; the sender is still verified, because an answer is
 * only ever tied to a delivery sent to the number it came from.
 */
@ApplicationScoped
public class InboundChannelMessages {

    @Resource(lookup = "jdbc/burgernet")
    DataSource dataSource;

    public Optional<String> latestKey(String channel, String municipalityCode, String address) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT d.reply_key FROM participant_contact pc"
                        + " JOIN delivery d ON d.participant_id = pc.participant_id AND d.channel = pc.channel"
                        + " JOIN alert a ON a.id = d.alert_id JOIN municipality m ON m.id = a.municipality_id"
                        + " WHERE pc.channel = ? AND pc.address = ? AND d.status = 'SENT'"
                        + " ORDER BY CASE WHEN m.cbs_code = ? THEN 0 ELSE 1 END, d.sent_at DESC, d.id DESC"
                        + " FETCH FIRST 1 ROWS ONLY")) {
            s.setString(1, channel);
            s.setString(2, address);
            s.setString(3, municipalityCode);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot look up the delivery an answer belongs to", e);
        }
    }
}
