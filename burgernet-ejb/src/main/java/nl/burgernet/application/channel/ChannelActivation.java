package nl.burgernet.application.channel;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.burgernet.application.dispatch.ChannelDefaults;
import nl.burgernet.application.municipality.MunicipalityService;
import nl.burgernet.channel.api.ChannelConfiguration;
import nl.burgernet.channel.api.ChannelEvents;
import nl.burgernet.channel.api.DeliveryChannel;
import nl.burgernet.infrastructure.channels.ChannelRegistry;

/**
 * Tells each channel which municipalities use it, with their settings ({@link DeliveryChannel#activate}), so that a
 * channel that listens (SMS receipts and answers) is connected before the first alert. It looks every few seconds
 * and calls a channel only when what it would be told changed: settings saved on any instance of the portal reach
 * every instance's channels that way, without a message between them.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChannelActivation {

    private static final Logger LOG = Logger.getLogger(ChannelActivation.class.getName());

    @Inject
    ChannelRegistry registry;

    @Inject
    MunicipalityService municipalities;

    @Inject
    ChannelSettingsReader settings;

    @Inject
    ChannelDefaults defaults;

    @Inject
    ChannelEvents events;

    private final Map<String, List<ChannelConfiguration>> told = new HashMap<>();

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false, info = "channel activation")
    void look() {
        for (var descriptor : registry.descriptors()) {
            String id = descriptor.id();
            try {
                List<ChannelConfiguration> now = configurations(id);
                if (!now.equals(told.get(id))) {
                    registry.find(id).ifPresent(channel -> channel.activate(now, events));
                    told.put(id, now);
                    LOG.fine(() -> "Channel '" + id + "' is used by " + now.size() + " municipalities");
                }
            } catch (RuntimeException e) {
                // One channel's failure is its own; the others are still told, and this one again next time.
                LOG.log(Level.WARNING, e, () -> "Channel '" + id + "' could not be activated");
            }
        }
    }

    private List<ChannelConfiguration> configurations(String channelId) {
        return municipalities.all().stream()
                .filter(m -> m.settings().enabledChannels().contains(channelId))
                .map(m -> {
                    var stored = settings.configurationFor(m.id(), m.cbsCode(), channelId);
                    return new ChannelConfiguration(m.cbsCode(), defaults.merged(channelId, stored.values()));
                })
                .toList();
    }
}
