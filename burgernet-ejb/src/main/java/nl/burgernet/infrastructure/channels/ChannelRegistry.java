package nl.burgernet.infrastructure.channels;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import nl.burgernet.channel.api.ChannelDescriptor;
import nl.burgernet.channel.api.DeliveryChannel;

/**
 * Finds the channel plugins at deployment and answers "which channel has this id". Built eagerly when the
 * application starts, so a duplicate id fails the deployment with a message that names both jars, instead of
 * failing the first alert.
 */
@ApplicationScoped
public class ChannelRegistry {

    private static final Logger LOG = Logger.getLogger(ChannelRegistry.class.getName());

    @Inject
    @Any
    Instance<DeliveryChannel> discovered;

    private Map<String, DeliveryChannel> byId;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // Observing the start-up event makes CDI create this bean, and so run the checks, at deployment.
        LOG.fine(() -> "Delivery channels: " + byId.keySet());
    }

    @PostConstruct
    void discover() {
        List<ChannelIndex.Found> found = new ArrayList<>();
        for (Instance.Handle<DeliveryChannel> handle : discovered.handles()) {
            Class<?> type = handle.getBean().getBeanClass();
            found.add(new ChannelIndex.Found(handle.get(), type.getName() + " (" + jarOf(type) + ")"));
        }
        try {
            byId = ChannelIndex.of(found);
        } catch (DuplicateChannelException e) {
            // Payara logs only Weld's wrapper ("Unable to invoke ... discover()"), never this cause: without this
            // line the admin would not learn which jar to remove.
            LOG.severe(e.getMessage());
            throw e;
        }
        found.forEach(f ->
                LOG.info(() -> "Delivery channel '" + f.channel().descriptor().id() + "' ("
                        + f.channel().descriptor().name() + " "
                        + f.channel().descriptor().version() + ") from "
                        + f.origin()));
        if (byId.isEmpty()) {
            LOG.warning("No delivery channel plugin is deployed: alerts cannot be sent");
        }
    }

    public Optional<DeliveryChannel> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<ChannelDescriptor> descriptors() {
        return byId.values().stream().map(DeliveryChannel::descriptor).toList();
    }

    /** Logs channel ids that a municipality has switched on but no deployed plugin provides. */
    public void warnAboutMissing(String municipality, Collection<String> configuredIds) {
        configuredIds.stream()
                .filter(id -> !byId.containsKey(id))
                .forEach(id -> LOG.warning(() -> municipality + " uses channel '" + id
                        + "', but no plugin with that id is deployed: its participants are not reached that way"));
    }

    private static String jarOf(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return "unknown location";
        }
        String path = source.getLocation().getPath();
        int slash = path.lastIndexOf('/', path.endsWith("/") ? path.length() - 2 : path.length());
        return slash >= 0 ? path.substring(slash + 1) : path;
    }
}
