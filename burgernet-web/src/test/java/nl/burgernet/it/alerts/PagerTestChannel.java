package nl.burgernet.it.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import nl.burgernet.channel.api.AddressKind;
import nl.burgernet.channel.api.ChannelDescriptor;
import nl.burgernet.channel.testkit.RecordingChannel;

/**
 * A channel the core has never heard of: id "pager", reaching a phone number (landline or mobile), labelled by its
 * own descriptor. Packed into the test WAR like a plugin jar, it proves that a new channel works end to end (sign-up
 * with its address, targeting, delivery, progress) with no edit outside the channel.
 */
@ApplicationScoped
public class PagerTestChannel extends RecordingChannel {

    public static final String ID = "pager";

    @Override
    public ChannelDescriptor descriptor() {
        return ChannelDescriptor.builder(ID)
                .name("Pager (test)")
                .maxLength(80)
                .addressKind(AddressKind.PHONE_NUMBER)
                .label("en", "Pager")
                .label("nl", "Pieper")
                .hint("nl", "Wij sturen het bericht naar uw pieper")
                .build();
    }
}
