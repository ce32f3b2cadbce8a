package nl.burgernet.channel.api;

import java.util.Map;
import java.util.Optional;

/**
 * A municipality's settings for one channel, keyed by {@link ConfigProperty#name()}. Values are as the admin typed
 * them; the channel applies its defaults and parses them.
 *
 * @param municipalityCode the CBS code of the municipality these settings belong to
 * @param values setting name to value; secrets included, so never log this record's values
 */
public record ChannelConfiguration(String municipalityCode, Map<String, String> values) {

    public ChannelConfiguration {
        values = Map.copyOf(values);
    }

    /** The value of a setting, or empty when it is missing or blank. */
    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name)).filter(v -> !v.isBlank());
    }

    /** Names only: the values may hold secrets. */
    @Override
    public String toString() {
        return "ChannelConfiguration[" + municipalityCode + ", settings=" + values.keySet() + "]";
    }
}
