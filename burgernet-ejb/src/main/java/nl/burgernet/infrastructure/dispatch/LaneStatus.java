package nl.burgernet.infrastructure.dispatch;

import java.time.Instant;

/**
 * How one channel's lane is doing, for the alert page and health.
 *
 * @param running batches being delivered now
 * @param hanging attempts given up on whose plugin call has still not returned
 * @param degraded why the channel is degraded (a batch ran over its time limit), or empty when it is not
 * @param degradedSince when that began; null when not degraded
 */
public record LaneStatus(String channel, int running, int hanging, String degraded, Instant degradedSince) {

    public boolean isDegraded() {
        return !degraded.isEmpty();
    }
}
