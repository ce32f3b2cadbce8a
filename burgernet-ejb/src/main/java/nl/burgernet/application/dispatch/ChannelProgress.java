package nl.burgernet.application.dispatch;

/**
 * Where the deliveries of one message through one channel stand.
 *
 * @param pending not sent yet: waiting, being sent, or waiting to be tried again
 * @param retrying of the pending ones, those that failed once and wait for another attempt
 * @param dead given up after the last attempt (the dead letter)
 * @param skipped the participant turned the channel off before it was their turn
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
        int skipped) {

    public boolean finished() {
        return pending == 0;
    }

    /** Share of deliveries with a final result, 0-100, for the progress bar. */
    public int percentDone() {
        return total == 0 ? 100 : (int) Math.floor(100.0 * (total - pending) / total);
    }
}
