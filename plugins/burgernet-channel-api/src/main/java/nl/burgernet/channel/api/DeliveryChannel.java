package nl.burgernet.channel.api;

import java.util.List;
import java.util.Locale;

/**
 * One way of reaching a participant. Implementations are {@code @ApplicationScoped} CDI beans; their {@link
 * ChannelDescriptor#id() id} is stable across versions because municipalities' settings and delivery records refer
 * to it.
 */
public interface DeliveryChannel {

    ChannelDescriptor descriptor();

    /**
     * The settings a municipality fills in for this channel; the admin UI draws its form from this list.
     *
     * @param locale the admin's language for labels and help; channels fall back to English
     */
    List<ConfigProperty> configurationSchema(Locale locale);

    /**
     * Problems with a municipality's settings, in words an admin understands; empty when they are usable.
     *
     * @param locale the admin's language for the problems; channels fall back to English
     */
    List<String> validate(ChannelConfiguration configuration, Locale locale);

    /**
     * Delivers one message to every recipient of the batch and returns exactly one result per recipient. A channel
     * reports a failure as a result, not an exception: an exception fails the whole batch, which is then retried.
     */
    List<DeliveryResult> deliver(DeliveryBatch batch, ChannelConfiguration configuration);

    /**
     * Called at deployment and again whenever a municipality's settings for this channel change, with the settings of
     * every municipality that has the channel switched on. A channel that keeps connections open to hear back (SMS
     * receipts and answers) opens, re-opens or closes them here and reports what it hears to {@code events}. The
     * default does nothing: most channels only send.
     */
    default void activate(List<ChannelConfiguration> configurations, ChannelEvents events) {}
}
