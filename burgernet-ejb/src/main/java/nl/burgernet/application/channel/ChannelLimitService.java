package nl.burgernet.application.channel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.NoSuchElementException;
import nl.burgernet.application.audit.AuditLog;
import nl.burgernet.application.municipality.MunicipalityService;
import nl.burgernet.application.municipality.MunicipalityView;
import nl.burgernet.channel.api.Capacity;
import nl.burgernet.infrastructure.channels.ChannelRegistry;
import nl.burgernet.infrastructure.dispatch.ChannelLimits;

/**
 * The platform admin lowers what a channel carries for one municipality: fewer batches at once, fewer messages a
 * second (its own SMSC or trunk allows less than the plugin could). Never more than the plugin declares.
 */
@Stateless
@RolesAllowed(nl.burgernet.domain.model.identity.Role.Roles.PLATFORM_ADMIN)
public class ChannelLimitService {

    @Inject
    ChannelLimits limits;

    @Inject
    ChannelRegistry registry;

    @Inject
    MunicipalityService municipalities;

    @Inject
    AuditLog audit;

    /** A channel's limits in one municipality: what the plugin declares and what applies there. */
    public record LimitView(
            String municipality,
            String channel,
            int declaredConcurrentBatches,
            int declaredMessagesPerSecond,
            int concurrentBatches,
            int messagesPerSecond) {}

    public List<LimitView> all() {
        return limits.all().stream()
                .flatMap(l -> municipalities.find(l.municipalityId()).stream().map(m -> view(m, l.channel())))
                .toList();
    }

    public LimitView of(String cbsCode, String channel) {
        return view(municipality(cbsCode), channel);
    }

    /** Sets the limit (0 keeps the plugin's figure; both 0 removes the limit). */
    public LimitView set(String cbsCode, String channel, int concurrentBatches, int messagesPerSecond) {
        MunicipalityView m = municipality(cbsCode);
        declared(channel);
        limits.set(new ChannelLimits.Limit(m.id(), channel, concurrentBatches, messagesPerSecond));
        audit.recordFor(
                m.id(),
                "channel.limit",
                "channel",
                channel + "@" + cbsCode,
                "concurrentBatches=" + concurrentBatches + ", messagesPerSecond=" + messagesPerSecond);
        return view(m, channel);
    }

    private LimitView view(MunicipalityView m, String channel) {
        Capacity declared = declared(channel);
        Capacity applied = limits.lowered(channel, m.id(), declared).orElse(declared);
        return new LimitView(
                m.cbsCode(),
                channel,
                declared.concurrentBatches(),
                declared.messagesPerSecond(),
                applied.concurrentBatches(),
                applied.messagesPerSecond());
    }

    private Capacity declared(String channel) {
        return registry.find(channel)
                .map(c -> c.descriptor().capacity())
                .orElseThrow(() -> new NoSuchElementException("No channel '" + channel + "' is deployed"));
    }

    private MunicipalityView municipality(String cbsCode) {
        return municipalities
                .findByCbsCode(cbsCode)
                .orElseThrow(() -> new NoSuchElementException("No municipality " + cbsCode));
    }
}
