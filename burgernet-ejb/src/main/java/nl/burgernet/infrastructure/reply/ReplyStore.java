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
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import nl.burgernet.application.reply.KeyedDelivery;
import nl.burgernet.application.reply.KeyedDelivery.ContactKey;
import nl.burgernet.application.reply.ReplyView;
import nl.burgernet.domain.model.geo.Coordinates;
import nl.burgernet.domain.model.reply.ImageAttachment;
import nl.burgernet.domain.model.reply.ListedAttachment;
import nl.burgernet.infrastructure.dispatch.IdBlocks;

/**
 * Replies, photos and quarantined mail with plain JDBC. Every method joins the caller's transaction. Reads by alert
 * are filtered by the alert id the caller has already checked against its tenant. The reply intake's methods take a
 * chunk of mails at a time, one query or one batch per table rather than one per mail: a full mailbox is thousands.
 */
@ApplicationScoped
public class ReplyStore {

    @Resource(lookup = "jdbc/burgernet")
    DataSource dataSource;

    @Inject
    IdBlocks ids;

    /** Keys, hashes and ids per query: well below every database's limit on parameters. */
    private static final int IN_LIST = 500;

    /**
     * The deliveries the keys name, by lower-case key; a forged or mistyped key is simply absent. Keys are compared in
     * lower case. Each comes with the participant's distance from the incident: from their nearest address.
     */
    public Map<String, KeyedDelivery> deliveriesByKeys(Collection<String> keys) {
        Map<String, KeyedDelivery> found = new HashMap<>();
        List<String> lower =
                keys.stream().map(k -> k.toLowerCase(Locale.ROOT)).distinct().toList();
        try (Connection c = dataSource.getConnection()) {
            for (List<String> slice : slices(lower)) {
                List<DeliveryRow> rows = deliveryRows(c, slice);
                Map<Long, List<Coordinates>> homes = addresses(
                        c,
                        rows.stream().map(DeliveryRow::participantId).distinct().toList());
                for (DeliveryRow r : rows) {
                    found.put(r.key(), r.withDistance(homes.getOrDefault(r.participantId(), List.of())));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot look up reply keys", e);
        }
    }

    private record DeliveryRow(
            String key,
            long deliveryId,
            long alertId,
            long alertMunicipalityId,
            long participantId,
            long participantMunicipalityId,
            String email,
            Coordinates incident,
            String channel) {

        KeyedDelivery withDistance(List<Coordinates> homes) {
            double best = Double.MAX_VALUE;
            if (incident != null) {
                for (Coordinates home : homes) {
                    best = Math.min(best, incident.distanceMetresTo(home));
                }
            }
            Integer distance = best == Double.MAX_VALUE ? null : (int) Math.round(best);
            return new KeyedDelivery(
                    deliveryId,
                    alertId,
                    alertMunicipalityId,
                    participantId,
                    participantMunicipalityId,
                    email,
                    distance,
                    channel);
        }
    }

    private static List<DeliveryRow> deliveryRows(Connection c, List<String> keys) throws SQLException {
        String sql = "SELECT d.reply_key, d.id, d.alert_id, a.municipality_id, d.participant_id, d.municipality_id,"
                + " p.email, a.incident_latitude, a.incident_longitude, d.channel FROM delivery d JOIN alert a ON a.id ="
                + " d.alert_id JOIN participant p ON p.id = d.participant_id WHERE d.reply_key IN ("
                + placeholders(keys.size()) + ")";
        List<DeliveryRow> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < keys.size(); i++) {
                s.setString(i + 1, keys.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Double lat = rs.getObject(8, Double.class);
                    Double lon = rs.getObject(9, Double.class);
                    rows.add(new DeliveryRow(
                            rs.getString(1),
                            rs.getLong(2),
                            rs.getLong(3),
                            rs.getLong(4),
                            rs.getLong(5),
                            rs.getLong(6),
                            rs.getString(7),
                            lat == null || lon == null ? null : new Coordinates(lat, lon),
                            rs.getString(10)));
                }
            }
        }
        return rows;
    }

    private static Map<Long, List<Coordinates>> addresses(Connection c, List<Long> participants) throws SQLException {
        Map<Long, List<Coordinates>> homes = new HashMap<>();
        if (participants.isEmpty()) {
            return homes;
        }
        try (PreparedStatement s = c.prepareStatement("SELECT participant_id, latitude, longitude FROM"
                + " participant_address WHERE participant_id IN (" + placeholders(participants.size()) + ")")) {
            for (int i = 0; i < participants.size(); i++) {
                s.setLong(i + 1, participants.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    homes.computeIfAbsent(rs.getLong(1), p -> new ArrayList<>())
                            .add(new Coordinates(rs.getDouble(2), rs.getDouble(3)));
                }
            }
        }
        return homes;
    }

    /** Those of the hashes that a reply or a quarantined mail already has: mail recorded before. */
    public Set<String> knownHashes(Collection<String> mailHashes) {
        Set<String> known = new HashSet<>();
        try (Connection c = dataSource.getConnection()) {
            for (List<String> slice : slices(List.copyOf(new LinkedHashSet<>(mailHashes)))) {
                String in = placeholders(slice.size());
                try (PreparedStatement s = c.prepareStatement("SELECT mail_hash FROM reply WHERE mail_hash IN (" + in
                        + ") UNION ALL SELECT mail_hash FROM quarantined_mail WHERE mail_hash IN (" + in + ")")) {
                    for (int i = 0; i < slice.size(); i++) {
                        s.setString(i + 1, slice.get(i));
                        s.setString(slice.size() + i + 1, slice.get(i));
                    }
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            known.add(rs.getString(1));
                        }
                    }
                }
            }
            return known;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot check mails' hashes", e);
        }
    }

    /** What a stored reply row holds, with the photos kept and the other attachments listed. */
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
            String detail,
            List<ImageAttachment> photos,
            List<ListedAttachment> listed,
            byte[] raw) {}

    /** Stores the replies and their attachments, with one batch per table. */
    public void insertAll(List<NewReply> replies) {
        if (replies.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "INSERT INTO reply (id, alert_id, municipality_id,"
                                + " delivery_id, participant_id, kind, received_at, sent_at, message_id, mail_hash,"
                                + " sender_address, sender_verified, forwarded, subject, text, original_text, from_html, detail,"
                                + " distance_metres, raw, useful) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
                PreparedStatement a = c.prepareStatement(
                        "INSERT INTO reply_attachment (id, reply_id, position,"
                                + " file_name, content_type, size_bytes, kept, reason, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            boolean attachments = false;
            for (NewReply r : replies) {
                long id = ids.next("reply_seq", 50);
                bindReply(s, id, r);
                s.addBatch();
                int position = 0;
                for (ImageAttachment photo : r.photos()) {
                    bindAttachment(a, id, position++, photo.fileName(), photo.contentType(), photo.size());
                    a.setInt(7, 1);
                    a.setString(8, null);
                    a.setBytes(9, photo.content());
                    a.addBatch();
                    attachments = true;
                }
                for (ListedAttachment listed : r.listed()) {
                    bindAttachment(a, id, position++, listed.fileName(), listed.contentType(), listed.size());
                    a.setInt(7, 0);
                    a.setString(8, listed.reason().name());
                    a.setBytes(9, null);
                    a.addBatch();
                    attachments = true;
                }
            }
            s.executeBatch();
            if (attachments) {
                a.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store replies", e);
        }
    }

    private static void bindReply(PreparedStatement s, long id, NewReply r) throws SQLException {
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
        s.setBytes(20, r.raw());
    }

    private void bindAttachment(
            PreparedStatement a, long replyId, int position, String fileName, String contentType, long size)
            throws SQLException {
        a.setLong(1, ids.next("reply_attachment_seq", 50));
        a.setLong(2, replyId);
        a.setInt(3, position);
        a.setString(4, cut(fileName, 255));
        a.setString(5, cut(contentType, 100));
        a.setLong(6, size);
    }

    /** A mail kept whole for the platform admin: unreadable, or for a key no delivery has. */
    public record QuarantinedMail(String reason, String detail, String messageId, String mailHash, byte[] raw) {}

    public void quarantineAll(List<QuarantinedMail> mails) {
        if (mails.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("INSERT INTO quarantined_mail (id, received_at, reason,"
                        + " detail, message_id, mail_hash, raw) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (QuarantinedMail m : mails) {
                s.setLong(1, ids.next("quarantined_mail_seq", 50));
                s.setTimestamp(2, now);
                s.setString(3, m.reason());
                s.setString(4, cut(m.detail(), 1000));
                s.setString(5, cut(m.messageId(), 500));
                s.setString(6, m.mailHash());
                s.setBytes(7, m.raw());
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot quarantine mail", e);
        }
    }

    /**
     * Removes quarantined mail received before {@code receivedBefore}, then the oldest until the rest holds at most
     * {@code maxBytes} of raw mail together; returns how many were removed. The quarantine is a place to look, not an
     * archive: a flood of junk must not fill the database.
     */
    public int purgeQuarantine(Instant receivedBefore, long maxBytes) {
        try (Connection c = dataSource.getConnection()) {
            int removed;
            try (PreparedStatement s = c.prepareStatement("DELETE FROM quarantined_mail WHERE received_at < ?")) {
                s.setTimestamp(1, Timestamp.from(receivedBefore));
                removed = s.executeUpdate();
            }
            List<Long> over = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, OCTET_LENGTH(raw) FROM quarantined_mail" + " ORDER BY received_at DESC, id DESC")) {
                long total = 0;
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        total += rs.getLong(2);
                        if (total > maxBytes) {
                            over.add(rs.getLong(1));
                        }
                    }
                }
            }
            for (List<Long> slice : slices(over)) {
                try (PreparedStatement s = c.prepareStatement(
                        "DELETE FROM quarantined_mail WHERE id IN (" + placeholders(slice.size()) + ")")) {
                    for (int i = 0; i < slice.size(); i++) {
                        s.setLong(i + 1, slice.get(i));
                    }
                    removed += s.executeUpdate();
                }
            }
            return removed;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot clean up the quarantine", e);
        }
    }

    /** A contact point's bounce (failure) score and when it last bounced (null: never). */
    public record BounceState(double score, Instant lastBounce) {}

    /**
     * The bounce state of each contact point (participant and the bounced delivery's channel), locked until the
     * transaction ends so that bounces recorded at the same time elsewhere add up instead of overwriting each other.
     * Contacts that no longer exist are absent.
     */
    public Map<ContactKey, BounceState> lockBounceStates(Collection<ContactKey> contacts) {
        Map<ContactKey, BounceState> states = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("SELECT failure_score, last_failure_at FROM participant_contact"
                                + " WHERE participant_id = ? AND channel = ? FOR UPDATE")) {
            // One primary-key lookup per contact: a mailbox poll brings a few bounces, not thousands.
            for (ContactKey contact : new LinkedHashSet<>(contacts)) {
                s.setLong(1, contact.participantId());
                s.setString(2, contact.channel());
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        Timestamp last = rs.getTimestamp(2);
                        states.put(contact, new BounceState(rs.getDouble(1), last == null ? null : last.toInstant()));
                    }
                }
            }
            return states;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read bounce scores", e);
        }
    }

    /**
     * Writes new bounce scores (each contact's last bounce is {@code now}); those in {@code stopped} become failing:
     * that channel sends them nothing, though their choice of it (their preference) is kept until the address is
     * fixed, and their other channels go on.
     */
    public void updateBounceStates(Map<ContactKey, Double> scores, Set<ContactKey> stopped, Instant now) {
        if (scores.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("UPDATE participant_contact SET failure_score = ?,"
                        + " last_failure_at = ?, updated_at = ?,"
                        + " failing_since = CASE WHEN ? = 1 AND failing = 0 THEN ? ELSE failing_since END,"
                        + " failing = CASE WHEN ? = 1 THEN 1 ELSE failing END"
                        + " WHERE participant_id = ? AND channel = ?")) {
            Timestamp at = Timestamp.from(now);
            for (Map.Entry<ContactKey, Double> score : scores.entrySet()) {
                int stop = stopped.contains(score.getKey()) ? 1 : 0;
                s.setDouble(1, score.getValue());
                s.setTimestamp(2, at);
                s.setTimestamp(3, at);
                s.setInt(4, stop);
                s.setTimestamp(5, at);
                s.setInt(6, stop);
                s.setLong(7, score.getKey().participantId());
                s.setString(8, score.getKey().channel());
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record bounces", e);
        }
    }

    /**
     * These contact points off: their participants asked through the unsubscribe address. A participant left with no
     * channel on is unsubscribed, as {@code Participant} does.
     */
    public void stopContacts(Collection<ContactKey> contacts) {
        if (contacts.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = dataSource.getConnection();
                PreparedStatement off = c.prepareStatement("UPDATE participant_contact SET enabled = 0, updated_at = ?"
                        + " WHERE participant_id = ? AND channel = ? AND enabled = 1");
                PreparedStatement status = c.prepareStatement("UPDATE participant SET status = 'UNSUBSCRIBED',"
                        + " unsubscribed_at = ? WHERE id = ? AND status = 'ACTIVE' AND NOT EXISTS (SELECT 1 FROM"
                        + " participant_contact pc WHERE pc.participant_id = participant.id AND pc.enabled = 1)")) {
            Set<Long> participants = new LinkedHashSet<>();
            for (ContactKey contact : new LinkedHashSet<>(contacts)) {
                off.setTimestamp(1, now);
                off.setLong(2, contact.participantId());
                off.setString(3, contact.channel());
                off.addBatch();
                participants.add(contact.participantId());
            }
            off.executeBatch();
            for (long id : participants) {
                status.setTimestamp(1, now);
                status.setLong(2, id);
                status.addBatch();
            }
            status.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot turn contacts off", e);
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
                                        new ArrayList<>(),
                                        new ArrayList<>()));
                    }
                }
            }
            if (!byId.isEmpty()) {
                try (PreparedStatement s =
                        c.prepareStatement("SELECT t.reply_id, t.position, t.kept, t.file_name, t.reason"
                                + " FROM reply_attachment t JOIN reply r ON r.id = t.reply_id WHERE r.alert_id = ?"
                                + " ORDER BY t.reply_id, t.position")) {
                    s.setLong(1, alertId);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            ReplyView v = byId.get(rs.getLong(1));
                            if (v != null) {
                                if (rs.getInt(3) == 1) {
                                    v.photos().add(rs.getInt(2));
                                } else if (ListedAttachment.Reason.BROKEN.name().equals(rs.getString(5))) {
                                    v.brokenAttachments().add(rs.getString(4));
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

    /**
     * Turns an auto-reply or a bounce of the alert into a tip, keeping what it was in the detail; false when the alert
     * has no such reply. Its text was stored when it came in; the raw mail stays as it was.
     */
    public boolean refileAsTip(long alertId, long replyId, String note) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "UPDATE reply SET detail = ?, kind = 'REPLY',"
                                + " text = COALESCE(text, '') WHERE id = ? AND alert_id = ? AND kind IN ('AUTO_REPLY', 'BOUNCE')")) {
            s.setString(1, cut(note, 1000));
            s.setLong(2, replyId);
            s.setLong(3, alertId);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot re-file a reply", e);
        }
    }

    /** The kind and detail of a reply of the alert, e.g. to say what a re-filed reply was. */
    public Optional<String[]> kindAndDetail(long alertId, long replyId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("SELECT kind, detail FROM reply WHERE id = ? AND alert_id = ?")) {
            s.setLong(1, replyId);
            s.setLong(2, alertId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next()
                        ? Optional.of(new String[] {rs.getString(1), rs.getString(2) == null ? "" : rs.getString(2)})
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read a reply", e);
        }
    }

    /**
     * The participant's contact details behind a reply of the alert: e-mail address and a phone number, if they gave
     * one for any channel (numbers are stored in E.164, so they start with '+').
     */
    public Optional<String[]> contact(long alertId, long replyId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT p.id, p.display_name, p.email,"
                        + " (SELECT MIN(pc.address) FROM participant_contact pc WHERE pc.participant_id = p.id"
                        + " AND pc.address LIKE '+%'), p.municipality_id FROM reply r"
                        + " JOIN participant p ON p.id = r.participant_id WHERE r.id = ? AND r.alert_id = ?")) {
            s.setLong(1, replyId);
            s.setLong(2, alertId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next()
                        ? Optional.of(new String[] {
                            Long.toString(rs.getLong(1)),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            Long.toString(rs.getLong(5))
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

    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private static <T> List<List<T>> slices(List<T> all) {
        List<List<T>> slices = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IN_LIST) {
            slices.add(all.subList(from, Math.min(all.size(), from + IN_LIST)));
        }
        return slices;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
