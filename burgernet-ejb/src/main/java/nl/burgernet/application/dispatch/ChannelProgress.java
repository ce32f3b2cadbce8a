package nl.burgernet.application.dispatch;

import java.util.Objects;

/**
 * Where the deliveries of one message through one channel stand.
 *
 * @param pending not sent yet: waiting, being sent, or waiting to be tried again
 * @param retrying of the pending ones, those that failed once and wait for another attempt
 * @param dead given up after the last attempt (the dead letter)
 * @param skipped the participant turned the channel off before it was their turn
 * @param delivered of the sent ones, those whose provider later confirmed they reached the device (SMS receipts)
 * @param undeliverable of the sent ones, those the provider later reported as never reaching it
 * @param degraded why the channel is degraded now (it ran over its time limit), or empty
 */
public record ChannelProgress(
        int sequence,
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
        String degraded) {

    public ChannelProgress {
        degraded = Objects.requireNonNullElse(degraded, "");
    }

    /** Without receipts or a degraded state: what channels that only send report. */
    public ChannelProgress(
            int sequence,
            String channel,
            int total,
            int sent,
            int pending,
            int retrying,
            int failed,
            int dead,
            int skipped) {
        this(sequence, channel, total, sent, pending, retrying, failed, dead, skipped, 0, 0, "");
    }

    public boolean finished() {
        return pending == 0;
    }

    /** Share of deliveries with a final result, 0-100, for the progress bar. */
    public int percentDone() {
        return total == 0 ? 100 : (int) Math.floor(100.0 * (total - pending) / total);
    }

    /** The same figures, with the channel's degraded state as it is now. */
    public ChannelProgress withDegraded(String reason) {
        return new ChannelProgress(
                sequence,
                channel,
                total,
                sent,
                pending,
                retrying,
                failed,
                dead,
                skipped,
                delivered,
                undeliverable,
                reason);
    }
}
