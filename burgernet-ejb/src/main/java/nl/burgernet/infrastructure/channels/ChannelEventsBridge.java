package nl.burgernet.infrastructure.channels;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.burgernet.application.channel.ChannelEventRecorder;
import nl.burgernet.channel.api.ChannelEvents;
import nl.burgernet.channel.api.DeliveryReport;
import nl.burgernet.channel.api.InboundMessage;

/**
 * The core's side of {@link ChannelEvents}, handed to every channel. Calls come from the channels' own threads; each
 * is recorded in a transaction of its own. When the database cannot take it, the exception reaches the channel, so
 * that it does not acknowledge the event to its provider, which then sends it again: nothing heard is lost.
 */
@ApplicationScoped
public class ChannelEventsBridge implements ChannelEvents {

    @Inject
    ChannelEventRecorder recorder;

    @Override
    public void delivered(DeliveryReport report) {
        recorder.receipt(report);
    }

    @Override
    public void received(InboundMessage message) {
        recorder.answer(message);
    }
}
