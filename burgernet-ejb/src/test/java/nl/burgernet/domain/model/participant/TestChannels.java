package nl.burgernet.domain.model.participant;

import java.util.List;
import nl.burgernet.channel.api.AddressKind;
import nl.burgernet.channel.api.ChannelDescriptor;

/** Channel descriptors as plugins would declare them, for tests of the core that names no channel itself. */
public final class TestChannels {

    public static final ChannelDescriptor EMAIL = ChannelDescriptor.builder("email")
            .name("Burgernetmail")
            .addressKind(AddressKind.EMAIL)
            .label("en", "E-mail")
            .label("nl", "E-mail")
            .onByDefault(true)
            .build();

    public static final ChannelDescriptor SMS = ChannelDescriptor.builder("sms")
            .name("SMS")
            .addressKind(AddressKind.MOBILE_NUMBER)
            .label("en", "Text message")
            .label("nl", "Sms-bericht")
            .build();

    public static final ChannelDescriptor VOICE = ChannelDescriptor.builder("voice")
            .name("Voice")
            .addressKind(AddressKind.PHONE_NUMBER)
            .label("en", "Phone call")
            .label("nl", "Spraakbericht")
            .build();

    public static final ChannelDescriptor PUSH = ChannelDescriptor.builder("push")
            .name("App")
            .addressKind(AddressKind.PUSH_SUBSCRIPTION)
            .build();

    public static final ChannelDescriptor SIREN = ChannelDescriptor.builder("siren")
            .name("Siren")
            .addressKind(AddressKind.NONE)
            .build();

    /** E-mail, SMS and voice: a municipality with the three classic channels deployed and on. */
    public static final List<ChannelDescriptor> CLASSIC = List.of(EMAIL, SMS, VOICE);

    private TestChannels() {}
}
