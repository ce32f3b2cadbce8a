package nl.burgernet.infrastructure.dispatch;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import nl.burgernet.channel.api.Capacity;

/**
 * The platform admin's lower limits for a channel in one municipality. Read by every batch admission, so they are
 * kept in memory and read again from the database every few seconds (and at once after a change here): a change
 * made on another instance takes effect there within that time.
 */
@ApplicationScoped
public class ChannelLimits {

    private static final Duration FRESH_FOR = Duration.ofSeconds(10);

    @Resource(lookup = "jdbc/burgernet")
    DataSource dataSource;

    private volatile Map<String, Map<Long, Limit>> byChannel;
    private volatile long readAt;

    /** A municipality's limit for a channel; 0 keeps the plugin's figure. */
    public record Limit(long municipalityId, String channel, int concurrentBatches, int messagesPerSecond) {}

    public boolean hasAny(String channel) {
        return current().containsKey(channel);
    }

    /** The channel's capacity lowered to the municipality's limit; empty when it has none. */
    public Optional<Capacity> lowered(String channel, long municipalityId, Capacity declared) {
        Limit limit = current().getOrDefault(channel, Map.of()).get(municipalityId);
        return limit == null
                ? Optional.empty()
                : Optional.of(declared.loweredTo(limit.concurrentBatches(), limit.messagesPerSecond()));
    }

    public List<Limit> all() {
        return current().values().stream().flatMap(m -> m.values().stream()).toList();
    }

    /** Sets or, with both figures 0, removes a municipality's limit. */
    public void set(Limit limit) {
        if (limit.concurrentBatches() < 0 || limit.messagesPerSecond() < 0) {
            throw new IllegalArgumentException("A limit is 0 (the plugin's figure) or more");
        }
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s =
                    c.prepareStatement("DELETE FROM channel_limit WHERE municipality_id = ? AND channel = ?")) {
                s.setLong(1, limit.municipalityId());
                s.setString(2, limit.channel());
                s.executeUpdate();
            }
            if (limit.concurrentBatches() > 0 || limit.messagesPerSecond() > 0) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO channel_limit (municipality_id, channel,"
                        + " concurrent_batches, messages_per_second) VALUES (?, ?, ?, ?)")) {
                    s.setLong(1, limit.municipalityId());
                    s.setString(2, limit.channel());
                    s.setInt(3, limit.concurrentBatches());
                    s.setInt(4, limit.messagesPerSecond());
                    s.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the limit of " + limit.channel(), e);
        }
        byChannel = null;
    }

    private Map<String, Map<Long, Limit>> current() {
        Map<String, Map<Long, Limit>> known = byChannel;
        if (known == null || System.nanoTime() - readAt > FRESH_FOR.toNanos()) {
            known = read();
            byChannel = known;
            readAt = System.nanoTime();
        }
        return known;
    }

    private Map<String, Map<Long, Limit>> read() {
        Map<String, Map<Long, Limit>> found = new HashMap<>();
        List<Limit> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT municipality_id, channel, concurrent_batches, messages_per_second FROM channel_limit");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows.add(new Limit(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the channel limits", e);
        }
        rows.forEach(
                l -> found.computeIfAbsent(l.channel(), k -> new HashMap<>()).put(l.municipalityId(), l));
        return Map.copyOf(found);
    }
}
