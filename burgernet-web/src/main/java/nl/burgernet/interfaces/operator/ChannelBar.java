package nl.burgernet.interfaces.operator;

import java.io.Serializable;
import java.util.Locale;
import nl.burgernet.application.dispatch.ChannelProgress;

/**
 * One channel's progress bar for one message: the shares sent, failed, dead-lettered, skipped and still pending, as CSS
 * widths that add up to 100 %, and the percentage done as the dispatcher counts it.
 */
public record ChannelBar(
        String channel,
        int total,
        int sent,
        int pending,
        int retrying,
        int failed,
        int dead,
        int skipped,
        int delivered,
        int undeliverable,
        String degraded,
        int percentDone)
        implements Serializable {

    static ChannelBar of(ChannelProgress p) {
        return new ChannelBar(
                p.channel(),
                p.total(),
                p.sent(),
                p.pending(),
                p.retrying(),
                p.failed(),
                p.dead(),
                p.skipped(),
                p.delivered(),
                p.undeliverable(),
                p.degraded(),
                p.percentDone());
    }

    /** The channel ran over its time limit and its deliveries wait for another attempt. */
    public boolean isDegraded() {
        return degraded != null && !degraded.isEmpty();
    }

    /** Whether the channel's provider sends receipts for what it accepted (SMS): then they are shown. */
    public boolean hasReceipts() {
        return delivered + undeliverable > 0;
    }

    public boolean finished() {
        return pending == 0;
    }

    public String sentWidth() {
        return width(sent);
    }

    public String failedWidth() {
        return width(failed);
    }

    public String deadWidth() {
        return width(dead);
    }

    public String skippedWidth() {
        return width(skipped);
    }

    public String pendingWidth() {
        return width(pending);
    }

    private String width(int part) {
        double share = total == 0 ? 0 : 100.0 * part / total;
        return String.format(Locale.ROOT, "%.2f%%", share);
    }
}
