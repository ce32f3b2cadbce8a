package nl.burgernet.infrastructure.reply;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import nl.burgernet.application.reply.KeyedDelivery;
import nl.burgernet.application.reply.ReplyView;
import nl.burgernet.domain.model.geo.Coordinates;
import nl.burgernet.domain.model.reply.ImageAttachment;
import nl.burgernet.domain.model.reply.ListedAttachment;
import nl.burgernet.infrastructure.dispatch.IdBlocks;

/**
 * Replies, photos and quarantined mail with plain JDBC. Every method joins the caller's transaction. Reads by alert
 * are filtered by the alert id the caller has already checked against its tenant.
 */
@ApplicationScoped
public class ReplyStore {

    @Resource(lookup = "jdbc/burgernet")
    DataSource dataSource;

    @Inject
    IdBlocks ids;

    /** The delivery a key names, or empty: a forged or mistyped key. Keys are compared in lower case. */
    public Optional<KeyedDelivery> deliveryByKey(String key) {
        String sql = "SELECT d.id, d.alert_id, a.municipality_id, d.participant_id, d.municipality_id, p.email,"
                + " a.incident_latitude, a.incident_longitude FROM delivery d JOIN alert a ON a.id = d.alert_id"
                + " JOIN participant p ON p.id = d.participant_id WHERE d.reply_key = ?";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, key.toLowerCase(Locale.ROOT));
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long participant = rs.getLong(4);
                Double lat = (Double) rs.getObject(7, Double.class);
                Double lon = (Double) rs.getObject(8, Double.class);
                Integer distance =
                        lat == null || lon == null ? null : nearestAddress(c, participant, new Coordinates(lat, lon));
                return Optional.of(new KeyedDelivery(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        participant,
                        rs.getLong(5),
                        rs.getString(6),
                        distance));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot look up a reply key", e);
        }
    }

    private static Integer nearestAddress(Connection c, long participantId, Coordinates incident) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("SELECT latitude, longitude FROM participant_address WHERE participant_id = ?")) {
            s.setLong(1, participantId);
            double best = Double.MAX_VALUE;
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    best = Math.min(best, incident.distanceMetresTo(new Coordinates(rs.getDouble(1), rs.getDouble(2))));
                }
            }
            return best == Double.MAX_VALUE ? null : (int) Math.round(best);
        }
    }

    public boolean known(String mailHash) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT 1 FROM reply WHERE mail_hash = ? UNION ALL"
                        + " SELECT 1 FROM quarantined_mail WHERE mail_hash = ?")) {
            s.setString(1, mailHash);
            s.setString(2, mailHash);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot check a mail's hash", e);
        }
    }

    /** What a stored reply row holds. */
    public record NewReply(
            KeyedDelivery delivery,
            String kind,
            Instant receivedAt,
            Instant sentAt,
            String messageId,
            String mailHash,
            String senderAddress,
            boolean senderVerified,
            boolean forwarded,
            String subject,
            String text,
            String originalText,
            boolean fromHtml,
            String detail) {}

    public long insert(NewReply r, List<ImageAttachment> photos, List<ListedAttachment> listed) {
        long id = ids.next("reply_seq", 50);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO reply (id, alert_id, municipality_id,"
                            + " delivery_id, participant_id, kind, received_at, sent_at, message_id, mail_hash,"
                            + " sender_address, sender_verified, forwarded, subject, text, original_text, from_html, detail,"
                            + " distance_metres, useful) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
                s.setLong(1, id);
                s.setLong(2, r.delivery().alertId());
                s.setLong(3, r.delivery().alertMunicipalityId());
                s.setLong(4, r.delivery().deliveryId());
                s.setLong(5, r.delivery().participantId());
                s.setString(6, r.kind());
                s.setTimestamp(7, Timestamp.from(r.receivedAt()));
                s.setTimestamp(8, r.sentAt() == null ? null : Timestamp.from(r.sentAt()));
                s.setString(9, cut(r.messageId(), 500));
                s.setString(10, r.mailHash());
                s.setString(11, cut(r.senderAddress(), 254));
                s.setInt(12, r.senderVerified() ? 1 : 0);
                s.setInt(13, r.forwarded() ? 1 : 0);
                s.setString(14, cut(r.subject(), 500));
                s.setString(15, r.text());
                s.setString(16, r.originalText());
                s.setInt(17, r.fromHtml() ? 1 : 0);
                s.setString(18, cut(r.detail(), 1000));
                if (r.delivery().distanceMetres() == null) {
                    s.setNull(19, java.sql.Types.INTEGER);
                } else {
                    s.setInt(19, r.delivery().distanceMetres());
                }
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO reply_attachment (id, reply_id, position,"
                            + " file_name, content_type, size_bytes, kept, reason, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int position = 0;
                for (ImageAttachment photo : photos) {
                    s.setLong(1, ids.next("reply_attachment_seq", 50));
                    s.setLong(2, id);
                    s.setInt(3, position++);
                    s.setString(4, cut(photo.fileName(), 255));
                    s.setString(5, cut(photo.contentType(), 100));
                    s.setLong(6, photo.size());
                    s.setInt(7, 1);
                    s.setString(8, null);
                    s.setBytes(9, photo.content());
                    s.addBatch();
                }
                for (ListedAttachment a : listed) {
                    s.setLong(1, ids.next("reply_attachment_seq", 50));
                    s.setLong(2, id);
                    s.setInt(3, position++);
                    s.setString(4, cut(a.fileName(), 255));
                    s.setString(5, cut(a.contentType(), 100));
                    s.setLong(6, a.size());
                    s.setInt(7, 0);
                    s.setString(8, a.reason().name());
                    s.setBytes(9, null);
                    s.addBatch();
                }
                s.executeBatch();
            }
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store a reply", e);
        }
    }

    public void quarantine(String reason, String detail, String messageId, String mailHash, byte[] raw) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("INSERT INTO quarantined_mail (id, received_at, reason,"
                        + " detail, message_id, mail_hash, raw) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, ids.next("quarantined_mail_seq", 50));
            s.setTimestamp(2, Timestamp.from(Instant.now()));
            s.setString(3, reason);
            s.setString(4, cut(detail, 1000));
            s.setString(5, cut(messageId, 500));
            s.setString(6, mailHash);
            s.setBytes(7, raw);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot quarantine a mail", e);
        }
    }

    /**
     * Adds a bounce to the participant's score; at the threshold the participant becomes BOUNCING (no e-mail, other
     * channels on). True when this bounce stopped e-mail.
     */
    public boolean addBounce(long participantId, java.util.function.BiFunction<Double, Instant, Double> score) {
        try (Connection c = dataSource.getConnection()) {
            double current;
            Instant last;
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT bounce_score, last_bounce_at FROM participant WHERE id = ? FOR UPDATE")) {
                s.setLong(1, participantId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return false;
                    }
                    current = rs.getDouble(1);
                    last = rs.getTimestamp(2) == null
                            ? null
                            : rs.getTimestamp(2).toInstant();
                }
            }
            double next = score.apply(current, last);
            boolean stop = nl.burgernet.application.reply.BounceScore.stopsEmail(next);
            // BOUNCING keeps the participant's choice of e-mail (their preference) but sends none until the address
            // is fixed; their other channels go on.
            try (PreparedStatement s = c.prepareStatement("UPDATE participant SET bounce_score = ?, last_bounce_at = ?,"
                    + " status = CASE WHEN ? = 1 AND status = 'ACTIVE' THEN 'BOUNCING' ELSE status END,"
                    + " email_stopped_at = CASE WHEN ? = 1 AND email_stopped_at IS NULL THEN ? ELSE email_stopped_at END"
                    + " WHERE id = ?")) {
                Timestamp now = Timestamp.from(Instant.now());
                s.setDouble(1, next);
                s.setTimestamp(2, now);
                s.setInt(3, stop ? 1 : 0);
                s.setInt(4, stop ? 1 : 0);
                s.setTimestamp(5, now);
                s.setLong(6, participantId);
                s.executeUpdate();
            }
            return stop;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record a bounce", e);
        }
    }

    /** E-mail off for the participant: they asked through the unsubscribe address. */
    public void stopEmail(long participantId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("UPDATE participant SET email_enabled = 0 WHERE id = ?")) {
            s.setLong(1, participantId);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot turn e-mail off", e);
        }
    }

    /** An alert's replies, newest first; {@code onlyTips} leaves out auto-replies and bounces. */
    public List<ReplyView> replies(long alertId, boolean onlyTips, int max) {
        Map<Long, ReplyView> byId = new LinkedHashMap<>();
        String sql = "SELECT id, kind, participant_id, received_at, subject, text, original_text, from_html,"
                + " sender_verified, forwarded, distance_metres, useful, detail FROM reply WHERE alert_id = ?"
                + (onlyTips ? " AND kind = 'REPLY'" : "") + " ORDER BY received_at DESC, id DESC";
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, alertId);
                s.setMaxRows(max);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        byId.put(
                                id,
                                new ReplyView(
                                        id,
                                        rs.getString(2),
                                        rs.getLong(3),
                                        rs.getTimestamp(4).toInstant(),
                                        rs.getString(5),
                                        rs.getString(6),
                                        rs.getString(7),
                                        rs.getInt(8) == 1,
                                        rs.getInt(9) == 1,
                                        rs.getInt(10) == 1,
                                        (Integer) rs.getObject(11, Integer.class),
                                        rs.getInt(12) == 1,
                                        rs.getString(13),
                                        new ArrayList<>(),
                                        new ArrayList<>()));
                    }
                }
            }
            if (!byId.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement("SELECT t.reply_id, t.position, t.kept, t.file_name"
                        + " FROM reply_attachment t JOIN reply r ON r.id = t.reply_id WHERE r.alert_id = ?"
                        + " ORDER BY t.reply_id, t.position")) {
                    s.setLong(1, alertId);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            ReplyView v = byId.get(rs.getLong(1));
                            if (v != null) {
                                if (rs.getInt(3) == 1) {
                                    v.photos().add(rs.getInt(2));
                                } else {
                                    v.listedAttachments().add(rs.getString(4));
                                }
                            }
                        }
                    }
                }
            }
            return List.copyOf(byId.values());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the replies of alert " + alertId, e);
        }
    }

    /** A kept photo of a reply of the alert: content type and bytes. */
    public Optional<Map.Entry<String, byte[]>> photo(long alertId, long replyId, int position) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT t.content_type, t.content FROM reply_attachment t"
                        + " JOIN reply r ON r.id = t.reply_id WHERE r.alert_id = ? AND t.reply_id = ?"
                        + " AND t.position = ? AND t.kept = 1")) {
            s.setLong(1, alertId);
            s.setLong(2, replyId);
            s.setInt(3, position);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(Map.entry(rs.getString(1), rs.getBytes(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read a photo", e);
        }
    }

    public boolean markUseful(long alertId, long replyId, boolean useful) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("UPDATE reply SET useful = ? WHERE id = ? AND alert_id = ?")) {
            s.setInt(1, useful ? 1 : 0);
            s.setLong(2, replyId);
            s.setLong(3, alertId);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot mark a reply", e);
        }
    }

    /** The participant's contact details behind a reply of the alert: e-mail and mobile number. */
    public Optional<String[]> contact(long alertId, long replyId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT p.id, p.display_name, p.email, p.mobile FROM reply r"
                        + " JOIN participant p ON p.id = r.participant_id WHERE r.id = ? AND r.alert_id = ?")) {
            s.setLong(1, replyId);
            s.setLong(2, alertId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next()
                        ? Optional.of(new String[] {
                            Long.toString(rs.getLong(1)), rs.getString(2), rs.getString(3), rs.getString(4)
                        })
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read contact details", e);
        }
    }

    /** Quarantined mail, newest first, without the raw content. */
    public List<Map<String, Object>> quarantined(int max) {
        List<Map<String, Object>> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT id, received_at, reason, detail, message_id"
                        + " FROM quarantined_mail ORDER BY received_at DESC, id DESC")) {
            s.setMaxRows(max);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", rs.getLong(1));
                    row.put("receivedAt", rs.getTimestamp(2).toInstant().toString());
                    row.put("reason", rs.getString(3));
                    row.put("detail", rs.getString(4) == null ? "" : rs.getString(4));
                    row.put("messageId", rs.getString(5) == null ? "" : rs.getString(5));
                    found.add(row);
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the quarantine", e);
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
