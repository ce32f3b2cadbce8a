package nl.burgernet.channel.api;

import java.util.Map;
import java.util.Optional;

/** A municipality's settings for one channel, keyed by {@link ConfigProperty#name()}. */
public record ChannelConfiguration(String municipalityCode, Map<String, String> values) {

    public ChannelConfiguration {
        values = Map.copyOf(values);
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name)).filter(v -> !v.isBlank());
    }
}
