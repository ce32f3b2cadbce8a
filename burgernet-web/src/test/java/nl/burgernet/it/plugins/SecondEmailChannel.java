package nl.burgernet.it.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import nl.burgernet.channel.api.AddressKind;
import nl.burgernet.channel.api.ChannelConfiguration;
import nl.burgernet.channel.api.ChannelDescriptor;
import nl.burgernet.channel.api.ConfigProperty;
import nl.burgernet.channel.api.DeliveryBatch;
import nl.burgernet.channel.api.DeliveryChannel;
import nl.burgernet.channel.api.DeliveryResult;

/**
 * A second plugin claiming the id {@code email}, as a forked or renamed e-mail plugin dropped beside the real one
 * would: which of the two should deliver would be a guess, so the portal must refuse to start.
 */
@ApplicationScoped
public class SecondEmailChannel implements DeliveryChannel {

    @Override
    public ChannelDescriptor descriptor() {
        return ChannelDescriptor.builder("email")
                .name("Another e-mail (tests)")
                .acceptsReplies(true)
                .richContent(true)
                .addressKind(AddressKind.EMAIL)
                .onByDefault(true)
                .build();
    }

    @Override
    public List<ConfigProperty> configurationSchema(Locale locale) {
        return List.of();
    }

    @Override
    public List<String> validate(ChannelConfiguration configuration, Locale locale) {
        return List.of();
    }

    @Override
    public List<DeliveryResult> deliver(DeliveryBatch batch, ChannelConfiguration configuration) {
        return batch.recipients().stream()
                .<DeliveryResult>map(r -> new DeliveryResult.Failed(r.deliveryId(), "a test channel sends nothing"))
                .toList();
    }
}
