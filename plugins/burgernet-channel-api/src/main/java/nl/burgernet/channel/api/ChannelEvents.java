package nl.burgernet.channel.api;

/**
 * What a channel tells the core after the fact: receipts for what it sent, and messages residents sent back. The
 * core implements it and hands it to the channel in {@link DeliveryChannel#activate}; calls may come from any of the
 * channel's threads. The core records each event in a transaction of its own and never throws back at the channel
 * for an event it cannot place (it logs and keeps it).
 */
public interface ChannelEvents {

    /** A provider's receipt (an SMS delivery report) about a message the channel sent. */
    void delivered(DeliveryReport report);

    /** A message a resident sent back through the channel (an SMS answer), to be recorded as a reply. */
    void received(InboundMessage message);
}
