package nl.burgernet.it.intakebench;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * What the intake benchmark reads from outside the server: the reply keys of the fixture's deliveries, and how many
 * mails the intake has recorded so far, by what became of them.
 */
@Path("it/intakebench")
@RequestScoped
public class IntakeBenchControl {

    @Resource(lookup = "jdbc/burgernet")
    DataSource dataSource;

    /** One key per line. */
    @GET
    @Path("keys")
    @Produces(MediaType.TEXT_PLAIN)
    public String keys() throws SQLException {
        List<String> keys = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("SELECT d.reply_key FROM delivery d JOIN municipality m ON m.id ="
                                + " d.municipality_id WHERE m.cbs_code = ? ORDER BY d.id");
                ResultSet rs = executeWith(s, IntakeBenchFixture.CBS_CODE)) {
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
        }
        return String.join("\n", keys);
    }

    /** What the intake has recorded so far (see {@link RecordedCounts}). */
    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String counts() throws SQLException {
        Map<String, Long> kinds = new HashMap<>();
        long quarantined;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("SELECT kind, COUNT(*) FROM reply GROUP BY kind");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    kinds.put(rs.getString(1), rs.getLong(2));
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM quarantined_mail");
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                quarantined = rs.getLong(1);
            }
        }
        return RecordedCounts.of(kinds, quarantined).toString();
    }

    /** How many quarantined mails have this reason (FAILED, UNKNOWN_KEY, ...). */
    @GET
    @Path("quarantined/{reason}")
    @Produces(MediaType.TEXT_PLAIN)
    public String quarantined(@PathParam("reason") String reason) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM quarantined_mail WHERE reason = ?");
                ResultSet rs = executeWith(s, reason)) {
            rs.next();
            return Long.toString(rs.getLong(1));
        }
    }

    private static ResultSet executeWith(PreparedStatement s, String value) throws SQLException {
        s.setString(1, value);
        return s.executeQuery();
    }
}
