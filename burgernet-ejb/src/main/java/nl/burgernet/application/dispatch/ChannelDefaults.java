package nl.burgernet.application.dispatch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.burgernet.channel.api.ConfigProperty;
import nl.burgernet.infrastructure.channels.ChannelRegistry;
import org.eclipse.microprofile.config.Config;

/**
 * Platform-wide defaults for channel settings, from MicroProfile Config: {@code burgernet.channel.<id>.<setting>},
 * e.g. {@code burgernet.channel.email.smtp.host}, for every setting the channel declares in its schema. The hosting
 * party sets them once (its mail relay, its SMS account); a municipality's own settings, edited in the admin UI, win
 * over them.
 */
@ApplicationScoped
public class ChannelDefaults {

    private static final String PREFIX = "burgernet.channel.";

    @Inject
    Config config;

    @Inject
    ChannelRegistry registry;

    private final Map<String, Map<String, String>> byChannel = new ConcurrentHashMap<>();

    /** The defaults of one channel, by setting name. */
    public Map<String, String> of(String channelId) {
        return byChannel.computeIfAbsent(channelId, this::read);
    }

    /** Defaults overlaid with the municipality's own settings (blank ones do not override). */
    public Map<String, String> merged(String channelId, Map<String, String> municipalitySettings) {
        Map<String, String> values = new HashMap<>(of(channelId));
        municipalitySettings.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                values.put(name, value);
            }
        });
        return values;
    }

    private Map<String, String> read(String channelId) {
        Map<String, String> values = new HashMap<>();
        registry.find(channelId).ifPresent(channel -> {
            for (ConfigProperty p : channel.configurationSchema(Locale.ENGLISH)) {
                config.getOptionalValue(PREFIX + channelId + "." + p.name(), String.class)
                        .ifPresent(v -> values.put(p.name(), v));
            }
        });
        return Map.copyOf(values);
    }
}
