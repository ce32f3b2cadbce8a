package nl.burgernet.channel.testkit;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.burgernet.channel.api.ChannelConfiguration;

/** Builds a {@link ChannelConfiguration} for Stichtse Vecht (GM0355) unless told otherwise. */
public final class ChannelConfigurationBuilder {

    private String municipalityCode = "GM0355";
    private final Map<String, String> values = new LinkedHashMap<>();

    private ChannelConfigurationBuilder() {}

    public static ChannelConfigurationBuilder aConfiguration() {
        return new ChannelConfigurationBuilder();
    }

    /** Starts from the settings of an existing configuration, to change one or two. */
    public static ChannelConfigurationBuilder from(ChannelConfiguration configuration) {
        ChannelConfigurationBuilder builder = aConfiguration().municipalityCode(configuration.municipalityCode());
        builder.values.putAll(configuration.values());
        return builder;
    }

    public ChannelConfigurationBuilder municipalityCode(String municipalityCode) {
        this.municipalityCode = municipalityCode;
        return this;
    }

    public ChannelConfigurationBuilder with(String name, Object value) {
        values.put(name, String.valueOf(value));
        return this;
    }

    public ChannelConfigurationBuilder without(String name) {
        values.remove(name);
        return this;
    }

    public ChannelConfiguration build() {
        return new ChannelConfiguration(municipalityCode, values);
    }
}
