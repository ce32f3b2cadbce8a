package nl.burgernet.application.dispatch;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the operator sees while drawing the area: how many participants the alert reaches, per channel, and how
 * many in the area it leaves out for now and why.
 *
 * @param participants distinct participants reached through at least one channel
 * @param perChannel deliveries per channel id
 * @param inQuietHours participants left out because it is their quiet time (non-urgent alerts only)
 * @param overWeeklyBudget participants left out because they had their weekly number of alerts
 */
public record RecipientCount(
        int participants, Map<String, Integer> perChannel, int inQuietHours, int overWeeklyBudget) {

    public RecipientCount {
        perChannel = Map.copyOf(new TreeMap<>(perChannel));
    }

    public int deliveries() {
        return perChannel.values().stream().mapToInt(Integer::intValue).sum();
    }
}
