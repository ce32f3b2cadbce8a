package nl.burgernet.application.channel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.burgernet.application.audit.AuditLog;
import nl.burgernet.channel.api.ChannelConfiguration;
import nl.burgernet.channel.api.ChannelDescriptor;
import nl.burgernet.channel.api.ConfigProperty;
import nl.burgernet.channel.api.DeliveryChannel;
import nl.burgernet.domain.model.identity.Role;
import nl.burgernet.domain.model.municipality.Municipality;
import nl.burgernet.domain.model.municipality.MunicipalitySettings;
import nl.burgernet.infrastructure.channels.ChannelRegistry;
import nl.burgernet.infrastructure.tenancy.TenantContext;
import nl.burgernet.infrastructure.tenancy.Tenanted;

/**
 * The current municipality's channels: which it uses and how each is configured. The form comes from the plugin's
 * schema; a save is checked field by field (required, type) and then by the channel itself, and is stored only when
 * both find nothing. Secrets are stored but never returned, and the audit trail names them without their value. A host
 * on the portal's machine or internal network is refused unless {@code burgernet.channels.allow-private-hosts} is true
 * (the demo and the tests, whose mail server is on 127.0.0.1).
 */
@Stateless
@Tenanted
@RolesAllowed({Role.Roles.PLATFORM_ADMIN, Role.Roles.MUNICIPALITY_ADMIN})
public class ChannelSettingsService {

    private static final Logger LOG = Logger.getLogger(ChannelSettingsService.class.getName());

    @PersistenceContext(unitName = "burgernet")
    EntityManager em;

    @Inject
    ChannelRegistry registry;

    @Inject
    AuditLog audit;

    /** Whether municipalities may point channels at internal addresses: for the demo and tests, never in production. */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(
            name = "burgernet.channels.allow-private-hosts",
            defaultValue = "false")
    boolean allowPrivateHosts;

    /**
     * Every deployed channel with its form, then the channels the municipality switched on that no deployed plugin
     * provides: the admin sees that they were on, and can switch them off.
     */
    public List<ChannelOverview> overview(Locale locale) {
        Municipality municipality = current();
        Set<String> enabled = municipality.enabledChannels();
        List<ChannelOverview> channels = new ArrayList<>();
        for (ChannelDescriptor descriptor : registry.descriptors()) {
            DeliveryChannel channel = registry.find(descriptor.id()).orElseThrow();
            channels.add(describe(municipality, channel, descriptor, enabled.contains(descriptor.id()), locale));
        }
        enabled.stream()
                .filter(id -> registry.find(id).isEmpty())
                .sorted()
                .map(ChannelOverview::notInstalled)
                .forEach(channels::add);
        return channels;
    }

    /** Stores the submitted settings if they pass the field checks and the channel's own; otherwise stores nothing. */
    public SaveOutcome save(String channelId, Map<String, SubmittedValue> submitted, Locale locale) {
        DeliveryChannel channel = registry.find(channelId)
                .orElseThrow(() -> new IllegalArgumentException("No channel '" + channelId + "' is deployed"));
        Municipality municipality = current();
        Map<String, String> stored = StoredSettings.load(em, municipality.id(), channelId);
        List<ConfigProperty> schema = schema(channel, locale);
        SettingsMerge.Merged merged = SettingsMerge.merge(schema, stored, submitted);
        if (!merged.problems().isEmpty()) {
            return SaveOutcome.refusedFields(merged.problems());
        }
        if (!allowPrivateHosts) {
            List<FieldProblem> internal = OutboundHosts.internal(schema, merged.values());
            if (!internal.isEmpty()) {
                return SaveOutcome.refusedFields(internal);
            }
        }
        List<String> problems = validate(channel, configuration(municipality, merged.values()), locale);
        if (!problems.isEmpty()) {
            return SaveOutcome.refusedByChannel(problems);
        }
        StoredSettings.replace(em, municipality.id(), channelId, merged.values());
        audit.record("CHANNEL_SETTINGS_SAVED", "channel", channelId, merged.auditText());
        return SaveOutcome.stored();
    }

    /** Switches a channel on or off for the municipality. */
    public ToggleOutcome setEnabled(String channelId, boolean on) {
        Municipality municipality = current();
        Set<String> before = municipality.enabledChannels();
        Set<String> after = new LinkedHashSet<>(before);
        if (on) {
            if (registry.find(channelId).isEmpty()) {
                return ToggleOutcome.NOT_INSTALLED;
            }
            after.add(channelId);
        } else {
            after.remove(channelId);
            if (after.isEmpty() || (reachable(before) && !reachable(after))) {
                return ToggleOutcome.LAST_CHANNEL;
            }
        }
        if (after.equals(before)) {
            return ToggleOutcome.DONE;
        }
        municipality.applySettings(withChannels(municipality.settings(), after));
        audit.record(on ? "CHANNEL_ENABLED" : "CHANNEL_DISABLED", "channel", channelId, "channels now " + after);
        return ToggleOutcome.DONE;
    }

    private ChannelOverview describe(
            Municipality municipality,
            DeliveryChannel channel,
            ChannelDescriptor descriptor,
            boolean enabled,
            Locale locale) {
        Map<String, String> stored = StoredSettings.load(em, municipality.id(), descriptor.id());
        try {
            List<SettingField> fields = schema(channel, locale).stream()
                    .map(p -> SettingField.of(p, stored.get(p.name())))
                    .toList();
            List<String> problems = validate(channel, configuration(municipality, stored), locale);
            return new ChannelOverview(descriptor.id(), Optional.of(descriptor), enabled, fields, problems, false);
        } catch (ChannelPluginFailure e) {
            // One broken plugin must not take the page (and the other channels) down with it.
            return new ChannelOverview(descriptor.id(), Optional.of(descriptor), enabled, List.of(), List.of(), true);
        }
    }

    private boolean reachable(Set<String> channelIds) {
        return channelIds.stream().anyMatch(id -> registry.find(id).isPresent());
    }

    private static List<ConfigProperty> schema(DeliveryChannel channel, Locale locale) {
        try {
            return List.copyOf(channel.configurationSchema(locale));
        } catch (RuntimeException e) {
            throw failure(channel, "describing its settings", e);
        }
    }

    private static List<String> validate(DeliveryChannel channel, ChannelConfiguration configuration, Locale locale) {
        try {
            return List.copyOf(channel.validate(configuration, locale));
        } catch (RuntimeException e) {
            throw failure(channel, "checking settings", e);
        }
    }

    private static ChannelPluginFailure failure(DeliveryChannel channel, String doing, RuntimeException e) {
        String id = channel.descriptor().id();
        // The exception's message is the plugin's and could quote a setting's value: log the type and the stack only.
        RuntimeException withoutMessage = new RuntimeException(e.getClass().getName());
        withoutMessage.setStackTrace(e.getStackTrace());
        LOG.log(Level.WARNING, "Channel '" + id + "' failed " + doing, withoutMessage);
        return new ChannelPluginFailure(id, withoutMessage);
    }

    private static ChannelConfiguration configuration(Municipality municipality, Map<String, String> values) {
        return new ChannelConfiguration(municipality.cbsCode().value(), values);
    }

    private Municipality current() {
        long id = TenantContext.require();
        Municipality municipality = em.find(Municipality.class, id);
        if (municipality == null) {
            throw new IllegalStateException("The selected municipality " + id + " does not exist");
        }
        return municipality;
    }

    private static MunicipalitySettings withChannels(MunicipalitySettings s, Set<String> channels) {
        return new MunicipalitySettings(
                s.contactEmail(),
                s.senderName(),
                s.senderEmail(),
                s.replyDomain(),
                s.logoUrl(),
                s.brandColour(),
                s.defaultLanguage(),
                channels,
                s.quietFrom(),
                s.quietTo());
    }
}
