package nl.burgernet.application.channel;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.burgernet.channel.api.AddressKind;
import nl.burgernet.channel.api.ChannelDescriptor;
import nl.burgernet.domain.model.municipality.Municipality;
import nl.burgernet.infrastructure.channels.ChannelRegistry;
import nl.burgernet.infrastructure.tenancy.TenantContext;

/**
 * The channels residents can choose in a municipality: deployed (a plugin provides it) and switched on by the
 * municipality, each with its descriptor. The one place the core learns which channels exist; forms, the CSV import
 * and export, the dashboard and the participant API all ask here, so nothing offers a channel that cannot be used.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AvailableChannels {

    /** Channels on by default first (Burgernetmail), then by id: the order forms and exports show them in. */
    static final Comparator<ChannelDescriptor> ORDER =
            Comparator.comparing((ChannelDescriptor c) -> !c.onByDefault()).thenComparing(ChannelDescriptor::id);

    @PersistenceContext(unitName = "burgernet")
    EntityManager em;

    @Inject
    ChannelRegistry registry;

    /** The channels offered in the current municipality (the tenant of the call). */
    public List<ChannelDescriptor> here() {
        return in(TenantContext.require());
    }

    /** The channels offered in a municipality; none when it does not exist. */
    public List<ChannelDescriptor> in(long municipalityId) {
        Municipality m = em.find(Municipality.class, municipalityId);
        return m == null ? List.of() : offered(registry.descriptors(), m.enabledChannels());
    }

    /**
     * The channels offered in at least one municipality: what a sign-up form can show before the postcode tells the
     * municipality (the choice is checked again against that municipality's channels).
     */
    public List<ChannelDescriptor> anywhere() {
        Set<String> enabled = new java.util.HashSet<>();
        em.createQuery("SELECT m FROM Municipality m", Municipality.class)
                .getResultList()
                .forEach(m -> enabled.addAll(m.enabledChannels()));
        return offered(registry.descriptors(), enabled);
    }

    /** The deployed channels that a new municipality uses until its admin chooses (Burgernetmail). */
    public Set<String> onByDefault() {
        Set<String> ids = new java.util.LinkedHashSet<>();
        deployed().stream().filter(ChannelDescriptor::onByDefault).forEach(c -> ids.add(c.id()));
        return ids;
    }

    /** Every deployed channel, whether or not a municipality uses it. */
    public List<ChannelDescriptor> deployed() {
        return registry.descriptors().stream().sorted(ORDER).toList();
    }

    /** A deployed channel's descriptor. */
    public Optional<ChannelDescriptor> find(String id) {
        return registry.find(id).map(c -> c.descriptor());
    }

    /** The deployed channels a municipality switched on, in form order. */
    public static List<ChannelDescriptor> offered(Collection<ChannelDescriptor> deployed, Set<String> enabled) {
        return deployed.stream()
                .filter(c -> enabled.contains(c.id()))
                .sorted(ORDER)
                .toList();
    }

    /** The ids of the channels among these that take the participant's e-mail address as theirs. */
    public static List<String> emailKind(Collection<ChannelDescriptor> channels) {
        return channels.stream()
                .filter(c -> c.addressKind() == AddressKind.EMAIL)
                .map(ChannelDescriptor::id)
                .toList();
    }
}
