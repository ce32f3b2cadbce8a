package nl.burgernet.it.intakebench;

import java.util.HashMap;
import java.util.Map;

/**
 * How many mails ended up as what: rows in {@code reply} by kind, and rows in {@code quarantined_mail}. The intake
 * benchmark compares what the portal recorded with what {@link ReplyMailGenerator} put in the mailbox; between server
 * and test it travels as {@code REPLY=n AUTO_REPLY=n BOUNCE=n UNSUBSCRIBE=n QUARANTINED=n}.
 */
public record RecordedCounts(long replies, long autoReplies, long bounces, long unsubscribes, long quarantined) {

    public static final RecordedCounts NONE = new RecordedCounts(0, 0, 0, 0, 0);

    /** From the counts per {@code reply.kind} plus the quarantine's; kinds not in the map count 0. */
    static RecordedCounts of(Map<String, Long> replyKinds, long quarantined) {
        return new RecordedCounts(
                replyKinds.getOrDefault("REPLY", 0L),
                replyKinds.getOrDefault("AUTO_REPLY", 0L),
                replyKinds.getOrDefault("BOUNCE", 0L),
                replyKinds.getOrDefault("UNSUBSCRIBE", 0L),
                quarantined);
    }

    public static RecordedCounts parse(String text) {
        Map<String, Long> values = new HashMap<>();
        for (String pair : text.strip().split("\\s+")) {
            String[] nameAndValue = pair.split("=", 2);
            if (nameAndValue.length == 2) {
                values.put(nameAndValue[0], Long.parseLong(nameAndValue[1]));
            }
        }
        return of(values, values.getOrDefault("QUARANTINED", 0L));
    }

    /** Every mail recorded, whatever became of it. */
    public long total() {
        return replies + autoReplies + bounces + unsubscribes + quarantined;
    }

    public RecordedCounts plus(RecordedCounts other) {
        return new RecordedCounts(
                replies + other.replies,
                autoReplies + other.autoReplies,
                bounces + other.bounces,
                unsubscribes + other.unsubscribes,
                quarantined + other.quarantined);
    }

    public RecordedCounts minus(RecordedCounts other) {
        return new RecordedCounts(
                replies - other.replies,
                autoReplies - other.autoReplies,
                bounces - other.bounces,
                unsubscribes - other.unsubscribes,
                quarantined - other.quarantined);
    }

    @Override
    public String toString() {
        return "REPLY=" + replies + " AUTO_REPLY=" + autoReplies + " BOUNCE=" + bounces + " UNSUBSCRIBE=" + unsubscribes
                + " QUARANTINED=" + quarantined;
    }
}
