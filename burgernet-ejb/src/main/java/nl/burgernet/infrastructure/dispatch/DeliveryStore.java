package nl.burgernet.infrastructure.dispatch;

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
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import nl.burgernet.application.dispatch.BatchHead;
import nl.burgernet.application.dispatch.ChannelProgress;
import nl.burgernet.application.dispatch.ClaimedDelivery;
import nl.burgernet.application.dispatch.DeliveryRecord;
import nl.burgernet.application.dispatch.ExistingTargets;
import nl.burgernet.application.dispatch.InDoubt;
import nl.burgernet.application.dispatch.Target;
import nl.burgernet.domain.model.reply.ReplyKey;
import nl.burgernet.infrastructure.persistence.jdbc.StreamedRead;

/**
 * The delivery records, with plain JDBC: they are written tens of thousands at a time and updated per result. Every
 * method joins the caller's transaction; the dispatch steps decide where transactions begin and end.
 *
 * <p>A delivery's status: PENDING → SENDING (claimed by one attempt) → SENT | RETRY (→ PENDING again when due) |
 * FAILED | DEAD (no attempts left) | SKIPPED (the participant switched the channel off meanwhile).
 */
@ApplicationScoped
public class DeliveryStore {

    @Resource(lookup = "jdbc/burgernet")
    DataSource dataSource;

    @Inject
    IdBlocks ids;

    /** Writes one batch and its deliveries; returns the batch id for the JMS message. */
    public long insertBatch(long alertId, long messageId, String channel, String language, List<Target> targets) {
        long batchId = ids.next("delivery_batch_seq", 50);
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO delivery_batch"
                    + " (id, message_id, channel, language, size, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, batchId);
                s.setLong(2, messageId);
                s.setString(3, channel);
                s.setString(4, language);
                s.setInt(5, targets.size());
                s.setTimestamp(6, now);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO delivery (id, alert_id, message_id, batch_id,"
                    + " participant_id, municipality_id, channel, language, reply_key, thread_reference, status,"
                    + " attempts, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?)")) {
                for (Target t : targets) {
                    s.setLong(1, ids.next("delivery_seq", 1000));
                    s.setLong(2, alertId);
                    s.setLong(3, messageId);
                    s.setLong(4, batchId);
                    s.setLong(5, t.participantId());
                    s.setLong(6, t.municipalityId());
                    s.setString(7, channel);
                    s.setString(8, language);
                    s.setString(9, ReplyKey.random().value());
                    s.setString(10, t.threadReference().isEmpty() ? null : t.threadReference());
                    s.setTimestamp(11, now);
                    s.addBatch();
                }
                s.executeBatch();
            }
            return batchId;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write a batch of " + targets.size() + " deliveries", e);
        }
    }

    /** The targets a message has a delivery for already: what a resumed snapshot must not repeat. */
    public ExistingTargets existingTargets(long messageId) {
        ExistingTargets existing = new ExistingTargets();
        streamed(
                "SELECT participant_id, channel FROM delivery WHERE message_id = ?",
                s -> s.setLong(1, messageId),
                rs -> existing.add(rs.getLong(1), rs.getString(2)));
        return existing;
    }

    /**
     * Everyone a message reached (SENT), as targets for a follow-up message about the same alert, each with the
     * provider id of what they received so the follow-up can thread under it; handed to {@code sink} as they are read
     * (an AMBER Alert's outcome goes to millions).
     */
    public void reachedBy(long messageId, Consumer<Target> sink) {
        streamed(
                "SELECT participant_id, municipality_id, channel, language, provider_id FROM delivery"
                        + " WHERE message_id = ? AND status = 'SENT' ORDER BY id",
                s -> s.setLong(1, messageId),
                rs -> sink.accept(new Target(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3).intern(),
                        rs.getString(4).intern(),
                        Optional.ofNullable(rs.getString(5)).orElse(""))));
    }

    private void streamed(String sql, Binder binder, RowReader reader) {
        try {
            StreamedRead.query(dataSource, sql, binder::bind, rs -> {
                while (rs.next()) {
                    reader.read(rs);
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException("Delivery query failed: " + sql, e);
        }
    }

    public Optional<BatchHead> batch(long batchId) {
        List<BatchHead> found = new ArrayList<>(1);
        query(
                "SELECT b.id, m.alert_id, b.message_id, b.channel, b.language, b.size FROM delivery_batch b"
                        + " JOIN alert_message m ON m.id = b.message_id WHERE b.id = ?",
                s -> s.setLong(1, batchId),
                rs -> found.add(new BatchHead(
                        rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getInt(6))));
        return found.stream().findFirst();
    }

    /**
     * Claims the batch's deliveries that are due: PENDING ones, and SENDING ones whose claim is in doubt (an attempt
     * that died with its server: sent again under the same identity). The claim is the token; only its holder may
     * record results.
     *
     * @param ownTokens the LIKE pattern of this server run's tokens: those are in doubt only after {@code
     *     inDoubt.ownBefore()}, others after {@code inDoubt.othersBefore()}
     */
    public int claim(long batchId, String token, Instant now, InDoubt inDoubt, String ownTokens) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("UPDATE delivery SET status = 'SENDING',"
                        + " attempts = attempts + 1, claimed_by = ?, claimed_at = ? WHERE batch_id = ?"
                        + " AND (status = 'PENDING' OR (status = 'SENDING' AND ((claimed_at < ? AND claimed_by LIKE ?)"
                        + " OR (claimed_at < ? AND claimed_by NOT LIKE ?))))")) {
            s.setString(1, token);
            s.setTimestamp(2, Timestamp.from(now));
            s.setLong(3, batchId);
            s.setTimestamp(4, Timestamp.from(inDoubt.ownBefore()));
            s.setString(5, ownTokens);
            s.setTimestamp(6, Timestamp.from(inDoubt.othersBefore()));
            s.setString(7, ownTokens);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot claim the deliveries of batch " + batchId, e);
        }
    }

    /**
     * The claimed deliveries with the participant's current contact details. A participant who switched the channel
     * off or left since the snapshot comes back with an empty address and {@code reachable} false.
     */
    public List<Claimed> claimed(long batchId, String token, String channel) {
        List<Claimed> result = new ArrayList<>();
        // The contact of the batch's channel, on its primary key: address, switch and failure state as they are now.
        query(
                "SELECT d.id, d.participant_id, d.municipality_id, pc.address, p.display_name, d.reply_key,"
                        + " d.thread_reference, p.access_token, d.attempts, pc.enabled, pc.failing, p.status"
                        + " FROM delivery d JOIN participant p ON p.id = d.participant_id"
                        + " LEFT JOIN participant_contact pc ON pc.participant_id = d.participant_id"
                        + " AND pc.channel = ?"
                        + " WHERE d.batch_id = ? AND d.status = 'SENDING' AND d.claimed_by = ? ORDER BY d.id",
                s -> {
                    s.setString(1, channel);
                    s.setLong(2, batchId);
                    s.setString(3, token);
                },
                rs -> {
                    boolean reachable = rs.getInt(10) == 1 && rs.getInt(11) == 0 && "ACTIVE".equals(rs.getString(12));
                    result.add(new Claimed(
                            new ClaimedDelivery(
                                    rs.getLong(1),
                                    rs.getLong(2),
                                    rs.getLong(3),
                                    Optional.ofNullable(rs.getString(4)).orElse(""),
                                    Optional.ofNullable(rs.getString(5)).orElse(""),
                                    rs.getString(6),
                                    Optional.ofNullable(rs.getString(7)).orElse(""),
                                    rs.getString(8),
                                    rs.getInt(9),
                                    channel),
                            reachable));
                });
        return result;
    }

    /** A claimed delivery and whether the participant can still be reached on the batch's channel. */
    public record Claimed(ClaimedDelivery delivery, boolean reachable) {}

    /** Final or passing results of one attempt; only rows still claimed by {@code token} change. */
    public void record(String token, List<Outcome> outcomes) {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("UPDATE delivery SET status = ?, provider_id = ?,"
                        + " last_error = ?, next_attempt_at = ?, sent_at = ?, claimed_by = NULL, claimed_at = NULL"
                        + " WHERE id = ? AND claimed_by = ?")) {
            for (Outcome o : outcomes) {
                s.setString(1, o.status());
                s.setString(2, truncate(o.providerId(), 300));
                s.setString(3, truncate(o.error(), 500));
                s.setTimestamp(4, o.nextAttempt() == null ? null : Timestamp.from(o.nextAttempt()));
                s.setTimestamp(5, "SENT".equals(o.status()) ? now : null);
                s.setLong(6, o.deliveryId());
                s.setString(7, token);
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record " + outcomes.size() + " delivery results", e);
        }
    }

    /**
     * What happened to one delivery in one attempt.
     *
     * @param status SENT, RETRY, FAILED, DEAD or SKIPPED
     */
    public record Outcome(long deliveryId, String status, String providerId, String error, Instant nextAttempt) {}

    /**
     * Turns due retries back into PENDING and returns their batches, for the sweep to queue again. Also returns the
     * batches with deliveries PENDING since before {@code pendingBefore} (their JMS message was lost) or SENDING with
     * a claim in doubt: of another server run since before {@code othersBefore}, of this run since before its
     * channel's {@code ownBefore} (the lane did not manage to give up on it). Queueing a batch twice is harmless.
     *
     * @param ownTokens the LIKE pattern of this run's claim tokens
     */
    public Set<Long> batchesToRequeue(
            Instant now,
            Instant pendingBefore,
            Instant othersBefore,
            Map<String, Instant> ownBefore,
            String ownTokens) {
        Set<Long> batches = new LinkedHashSet<>();
        List<String> channels = List.copyOf(ownBefore.keySet());
        String own = " OR (status = 'SENDING' AND channel = ? AND claimed_at < ?)".repeat(channels.size());
        query(
                "SELECT DISTINCT batch_id FROM delivery WHERE (status = 'RETRY' AND next_attempt_at <= ?)"
                        + " OR (status = 'PENDING' AND COALESCE(next_attempt_at, created_at) < ?)"
                        + " OR (status = 'SENDING' AND claimed_at < ? AND claimed_by NOT LIKE ?)" + own,
                s -> {
                    int i = 1;
                    s.setTimestamp(i++, Timestamp.from(now));
                    s.setTimestamp(i++, Timestamp.from(pendingBefore));
                    s.setTimestamp(i++, Timestamp.from(othersBefore));
                    s.setString(i++, ownTokens);
                    for (String channel : channels) {
                        s.setString(i++, channel);
                        s.setTimestamp(i++, Timestamp.from(ownBefore.get(channel)));
                    }
                },
                rs -> batches.add(rs.getLong(1)));
        if (!batches.isEmpty()) {
            update(
                    "UPDATE delivery SET status = 'PENDING', next_attempt_at = ? WHERE (status = 'RETRY'"
                            + " AND next_attempt_at <= ?) OR (status = 'PENDING' AND COALESCE(next_attempt_at,"
                            + " created_at) < ?)",
                    s -> {
                        s.setTimestamp(1, Timestamp.from(now));
                        s.setTimestamp(2, Timestamp.from(now));
                        s.setTimestamp(3, Timestamp.from(pendingBefore));
                    });
        }
        return batches;
    }

    /**
     * Marks a message complete when its snapshot is written and no delivery waits any more. True for the one caller
     * that made the change, so the follow-up (the alert becoming active) happens once.
     */
    public boolean markCompleted(long messageId) {
        if (hasOutstanding(messageId)) {
            return false;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("UPDATE alert_message SET completed_at = ? WHERE id = ?"
                        + " AND snapshot_done = 1 AND completed_at IS NULL")) {
            s.setTimestamp(1, Timestamp.from(Instant.now()));
            s.setLong(2, messageId);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot complete message " + messageId, e);
        }
    }

    /** An update or outcome waits for its snapshot until the first message has reached everyone (state 2). */
    public void deferSnapshot(long messageId) {
        update(
                "UPDATE alert_message SET snapshot_done = 2 WHERE id = ? AND snapshot_done = 0",
                s -> s.setLong(1, messageId));
    }

    /** The deferred messages whose alert's first message is complete, made ready for their snapshot. */
    public List<Long> releaseDeferredSnapshots() {
        List<Long> ready = new ArrayList<>();
        query(
                "SELECT m.id FROM alert_message m JOIN alert_message f ON f.alert_id = m.alert_id"
                        + " AND f.sequence_no = 0 WHERE m.snapshot_done = 2 AND f.completed_at IS NOT NULL",
                s -> {},
                rs -> ready.add(rs.getLong(1)));
        for (long id : ready) {
            update("UPDATE alert_message SET snapshot_done = 0 WHERE id = ?", s -> s.setLong(1, id));
        }
        return ready;
    }

    public boolean isCompleted(long messageId) {
        boolean[] done = {false};
        query(
                "SELECT completed_at FROM alert_message WHERE id = ?",
                s -> s.setLong(1, messageId),
                rs -> done[0] = rs.getTimestamp(1) != null);
        return done[0];
    }

    public void markSnapshotDone(long messageId) {
        update("UPDATE alert_message SET snapshot_done = 1 WHERE id = ?", s -> s.setLong(1, messageId));
    }

    /** Messages whose snapshot is written but not marked complete: the sweep checks them in case a step died. */
    public List<Long> unfinishedMessages() {
        List<Long> found = new ArrayList<>();
        query(
                "SELECT id FROM alert_message WHERE snapshot_done = 1 AND completed_at IS NULL",
                s -> {},
                rs -> found.add(rs.getLong(1)));
        return found;
    }

    /** Marks the given claimed deliveries SKIPPED: the participant cannot be reached on this channel any more. */
    public void skip(String token, List<Long> deliveryIds) {
        List<Outcome> outcomes = deliveryIds.stream()
                .map(id -> new Outcome(id, "SKIPPED", null, "The participant switched this channel off", null))
                .toList();
        record(token, outcomes);
    }

    /**
     * Whether a delivery of the message still waits for a final result. Asked after every batch, so it must not count:
     * one index probe per waiting status finds the first such delivery, where a count would read the whole alert's
     * deliveries again after every batch (quadratic in the alert's size).
     */
    public boolean hasOutstanding(long messageId) {
        boolean[] found = {false};
        for (String status : List.of("PENDING", "SENDING", "RETRY")) {
            query(
                    "SELECT 1 FROM delivery WHERE message_id = ? AND status = ? FETCH FIRST 1 ROWS ONLY",
                    s -> {
                        s.setLong(1, messageId);
                        s.setString(2, status);
                    },
                    rs -> found[0] = true);
            if (found[0]) {
                return true;
            }
        }
        return false;
    }

    /** Progress of every message of an alert, per channel, with the receipts of what was sent. */
    public List<ChannelProgress> progress(long alertId) {
        Map<String, int[]> counts = new HashMap<>();
        Map<String, Integer> sequences = new HashMap<>();
        query(
                "SELECT m.sequence_no, d.channel, d.status, d.receipt, COUNT(*) FROM alert_message m"
                        + " JOIN delivery d ON d.message_id = m.id WHERE m.alert_id = ?"
                        + " GROUP BY m.sequence_no, d.channel, d.status, d.receipt",
                s -> s.setLong(1, alertId),
                rs -> {
                    String key = rs.getInt(1) + "/" + rs.getString(2);
                    sequences.put(key, rs.getInt(1));
                    int[] c = counts.computeIfAbsent(key, k -> new int[9]);
                    int n = rs.getInt(5);
                    c[0] += n;
                    switch (rs.getString(3)) {
                        case "SENT" -> c[1] += n;
                        case "RETRY" -> {
                            c[2] += n;
                            c[3] += n;
                        }
                        case "FAILED" -> c[4] += n;
                        case "DEAD" -> c[5] += n;
                        case "SKIPPED" -> c[6] += n;
                        default -> c[2] += n;
                    }
                    String receipt = rs.getString(4);
                    if (RECEIPT_DELIVERED.equals(receipt)) {
                        c[7] += n;
                    } else if (RECEIPT_UNDELIVERABLE.equals(receipt)) {
                        c[8] += n;
                    }
                });
        return counts.entrySet().stream()
                .map(e -> {
                    int[] c = e.getValue();
                    return new ChannelProgress(
                            sequences.get(e.getKey()),
                            e.getKey().substring(e.getKey().indexOf('/') + 1),
                            c[0],
                            c[1],
                            c[2],
                            c[3],
                            c[4],
                            c[5],
                            c[6],
                            c[7],
                            c[8],
                            "");
                })
                .sorted(java.util.Comparator.comparingInt(ChannelProgress::sequence)
                        .thenComparing(ChannelProgress::channel))
                .toList();
    }

    static final String RECEIPT_DELIVERED = "DELIVERED";
    static final String RECEIPT_UNDELIVERABLE = "UNDELIVERABLE";

    /**
     * A provider's receipt for what a channel sent: the sent delivery with that provider id gets it, one of an alert of
     * the municipality whose connection it came in on first, else — municipalities that share the platform's
     * provider account share its connections — one that has no receipt yet. Returns how many deliveries it applied
     * to (0 when none matches: an unknown id).
     *
     * @param receipt {@code DELIVERED} or {@code UNDELIVERABLE}
     */
    public int recordReceipt(
            String channel, String municipalityCode, String providerId, String receipt, String detail, Instant at) {
        String set = "UPDATE delivery SET receipt = ?, receipt_at = ?, receipt_detail = ? WHERE channel = ?"
                + " AND provider_id = ? AND status = 'SENT'";
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(set + " AND alert_id IN (SELECT a.id FROM alert a"
                    + " JOIN municipality m ON m.id = a.municipality_id WHERE m.cbs_code = ?)")) {
                bindReceipt(s, channel, providerId, receipt, detail, at);
                s.setString(6, municipalityCode);
                int applied = s.executeUpdate();
                if (applied > 0) {
                    return applied;
                }
            }
            try (PreparedStatement s = c.prepareStatement(set + " AND receipt IS NULL")) {
                bindReceipt(s, channel, providerId, receipt, detail, at);
                return s.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record a receipt of channel " + channel, e);
        }
    }

    private static void bindReceipt(
            PreparedStatement s, String channel, String providerId, String receipt, String detail, Instant at)
            throws SQLException {
        s.setString(1, receipt);
        s.setTimestamp(2, Timestamp.from(at));
        s.setString(3, truncate(detail, 300));
        s.setString(4, channel);
        s.setString(5, providerId);
    }

    /** Deliveries of an alert with the given status, oldest first, at most {@code max}. */
    public List<DeliveryRecord> deliveries(long alertId, String status, int max) {
        List<DeliveryRecord> found = new ArrayList<>();
        query(
                "SELECT d.id, m.sequence_no, d.channel, d.status, d.attempts, d.participant_id, d.last_error,"
                        + " d.next_attempt_at FROM delivery d JOIN alert_message m ON m.id = d.message_id"
                        + " WHERE d.alert_id = ? AND d.status = ? ORDER BY d.id",
                s -> {
                    s.setLong(1, alertId);
                    s.setString(2, status);
                    s.setMaxRows(max);
                },
                rs -> found.add(new DeliveryRecord(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getLong(6),
                        rs.getString(7),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant())));
        return found;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private void query(String sql, Binder binder, RowReader reader) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Delivery query failed: " + sql, e);
        }
    }

    private void update(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Delivery update failed: " + sql, e);
        }
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement s) throws SQLException;
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }
}
