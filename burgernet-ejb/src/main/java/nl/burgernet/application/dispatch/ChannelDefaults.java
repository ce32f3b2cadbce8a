package nl.burgernet.application.dispatch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
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
 *
 * <p>The platform's values belong with the platform's server: a municipality that names a server of its own gets
 * none of them, so that setting only the host can never send the platform's user and password to a server the
 * municipality chose. Which settings name the server is read from the schema, for any channel: see
 * {@link #namesTheServer}.
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

    /**
     * Defaults overlaid with the municipality's own settings (blank ones do not override); only the municipality's
     * own when it names a server other than the platform's.
     */
    public Map<String, String> merged(String channelId, Map<String, String> municipalitySettings) {
        List<ConfigProperty> schema = registry.find(channelId)
                .map(channel -> List.copyOf(channel.configurationSchema(Locale.ENGLISH)))
                .orElse(List.of());
        return merge(schema, of(channelId), municipalitySettings);
    }

    static Map<String, String> merge(
            List<ConfigProperty> schema, Map<String, String> platform, Map<String, String> municipality) {
        Map<String, String> own = new HashMap<>();
        municipality.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                own.put(name, value);
            }
        });
        boolean ownServer = schema.stream()
                .filter(ChannelDefaults::namesTheServer)
                .anyMatch(p -> own.containsKey(p.name()) && !sameValue(own.get(p.name()), platform.get(p.name())));
        if (ownServer) {
            return own;
        }
        Map<String, String> values = new HashMap<>(platform);
        values.putAll(own);
        return values;
    }

    /**
     * Whether a setting says which server the channel talks to: a web address, or a setting the channel cannot work
     * without and that has no default of its own (a host, an account), as opposed to tuning (a port with its usual
     * default, a number of sessions) and presentation (a sender's name). Secrets never name the server.
     */
    static boolean namesTheServer(ConfigProperty property) {
        if (property.secret()) {
            return false;
        }
        boolean noDefault =
                property.defaultValue() == null || property.defaultValue().isBlank();
        return property.type() == ConfigProperty.Type.URL || (property.required() && noDefault);
    }

    private static boolean sameValue(String own, String platform) {
        return platform != null && own.strip().equalsIgnoreCase(platform.strip());
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
