package nl.burgernet.channel.api;

import java.util.List;

/**
 * One way of reaching a participant. Implementations are {@code @ApplicationScoped} CDI beans; their {@link
 * ChannelDescriptor#id() id} is stable across versions because municipalities' settings and delivery records refer
 * to it.
 */
public interface DeliveryChannel {

    ChannelDescriptor descriptor();

    /** The settings a municipality fills in for this channel; the admin UI draws its form from this list. */
    List<ConfigProperty> configurationSchema();

    /** Problems with a municipality's settings, in words an admin understands; empty when they are usable. */
    List<String> validate(ChannelConfiguration configuration);

    /**
     * Delivers one message to every recipient of the batch and returns exactly one result per recipient. A channel
     * reports a failure as a result, not an exception: an exception fails the whole batch, which is then retried.
     */
    List<DeliveryResult> deliver(DeliveryBatch batch, ChannelConfiguration configuration);
}
