package nl.burgernet.application.channel;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.burgernet.channel.api.ChannelConfiguration;

/**
 * A municipality's stored settings for one channel, for the dispatch path: a timer or message-driven bean works for
 * a municipality named in its data, with no logged-in person and no tenant selected. This is an explicit read by
 * municipality id, outside the tenant filter, so it lives apart from the admin's {@link ChannelSettingsService}.
 * The values include secrets: hand them to the channel, never to a log.
 */
@Stateless
@PermitAll
public class ChannelSettingsReader {

    @PersistenceContext(unitName = "burgernet")
    EntityManager em;

    /**
     * The stored values as typed; the channel applies its own defaults.
     *
     * @param cbsCode the municipality's CBS code, which the channel sees as {@link
     *     ChannelConfiguration#municipalityCode()}
     */
    public ChannelConfiguration configurationFor(long municipalityId, String cbsCode, String channelId) {
        return new ChannelConfiguration(cbsCode, StoredSettings.load(em, municipalityId, channelId));
    }
}
