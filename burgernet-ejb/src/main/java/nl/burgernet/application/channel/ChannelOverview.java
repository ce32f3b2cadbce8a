package nl.burgernet.application.channel;

import java.util.List;
import java.util.Optional;
import nl.burgernet.channel.api.ChannelDescriptor;

/**
 * A channel as the current municipality's admin sees it.
 *
 * @param id the channel id
 * @param descriptor what the deployed plugin says it is; empty when the municipality switched on a channel whose
 *     plugin is not deployed (any more)
 * @param enabled whether the municipality uses it
 * @param fields its settings form, in the schema's order
 * @param problems what the channel finds wrong with the stored settings (it cannot deliver until they are fixed)
 * @param broken the plugin failed to describe its settings; the failure is in the server log under its id
 */
public record ChannelOverview(
        String id,
        Optional<ChannelDescriptor> descriptor,
        boolean enabled,
        List<SettingField> fields,
        List<String> problems,
        boolean broken) {

    public boolean installed() {
        return descriptor.isPresent();
    }

    static ChannelOverview notInstalled(String id) {
        return new ChannelOverview(id, Optional.empty(), true, List.of(), List.of(), false);
    }
}
