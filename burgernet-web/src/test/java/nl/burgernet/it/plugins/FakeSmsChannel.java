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
 * A channel plugin the portal was never built with: the test packs it into a jar of its own and adds that jar to
 * the WAR. It sends nothing; it only has to be found.
 */
@ApplicationScoped
public class FakeSmsChannel implements DeliveryChannel {

    public static final String ID = "sms-fake";

    @Override
    public ChannelDescriptor descriptor() {
        return ChannelDescriptor.builder(ID)
                .name("Fake SMS (tests)")
                .maxLength(160)
                .addressKind(AddressKind.MOBILE_NUMBER)
                .label("en", "Text message")
                .label("nl", "Sms")
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
