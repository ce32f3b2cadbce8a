package nl.burgernet.channel.api;

/**
 * What a channel tells the core after the fact: receipts for what it sent, and messages residents sent back. The
 * core implements it and hands it to the channel in {@link DeliveryChannel#activate}; calls may come from any of the
 * channel's threads. The core records each event in a transaction of its own. An event it cannot place (a receipt
 * for an unknown id, an answer from an unknown number) is logged or kept aside, never thrown back; an exception means
 * the core could not record it now (its database is down): the channel should then not acknowledge the event to its
 * provider, so that the provider sends it again.
 */
public interface ChannelEvents {

    /** A provider's receipt (an SMS delivery report) about a message the channel sent. */
    void delivered(DeliveryReport report);

    /** A message a resident sent back through the channel (an SMS answer), to be recorded as a reply. */
    void received(InboundMessage message);
}
