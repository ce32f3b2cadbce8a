package nl.burgernet.application.channel;

import jakarta.ejb.ApplicationException;

/**
 * A channel plugin threw where it should have answered (describing or checking its settings). Logged with the
 * channel's id where it happened; the screen says the channel could not check the settings, and nothing is stored.
 */
@ApplicationException(rollback = true)
public class ChannelPluginFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ChannelPluginFailure(String channelId, RuntimeException cause) {
        super("The channel '" + channelId + "' failed: " + cause, cause);
    }
}
