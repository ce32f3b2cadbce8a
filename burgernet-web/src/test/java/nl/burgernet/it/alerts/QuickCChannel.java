package nl.burgernet.it.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import nl.burgernet.channel.api.AddressKind;
import nl.burgernet.channel.api.ChannelDescriptor;
import nl.burgernet.channel.testkit.RecordingChannel;

/** One of the channels that must not notice another one hanging: records and answers Sent at once. */
@ApplicationScoped
public class QuickCChannel extends RecordingChannel {

    @Override
    public ChannelDescriptor descriptor() {
        return ChannelDescriptor.builder("quick-c")
                .name("Quick C (test)")
                .addressKind(AddressKind.PHONE_NUMBER)
                .build();
    }
}
