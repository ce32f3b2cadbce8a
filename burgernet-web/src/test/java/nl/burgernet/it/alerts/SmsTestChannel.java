package nl.burgernet.it.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import nl.burgernet.channel.api.AddressKind;
import nl.burgernet.channel.api.ChannelDescriptor;
import nl.burgernet.channel.testkit.RecordingChannel;

/**
 * The test kit's recording channel under the id "sms", the channel participants choose with a mobile number: the
 * portal has no SMS plugin of its own, and this one records what it was given and can be told to fail.
 */
@ApplicationScoped
public class SmsTestChannel extends RecordingChannel {

    @Override
    public ChannelDescriptor descriptor() {
        return ChannelDescriptor.builder("sms")
                .name("SMS (test)")
                .maxLength(160)
                .addressKind(AddressKind.MOBILE_NUMBER)
                .label("en", "Text message")
                .label("nl", "Sms")
                .build();
    }
}
