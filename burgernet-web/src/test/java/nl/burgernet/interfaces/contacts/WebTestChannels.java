package nl.burgernet.interfaces.contacts;

import java.util.List;
import nl.burgernet.channel.api.AddressKind;
import nl.burgernet.channel.api.ChannelDescriptor;

/** Channel descriptors as plugins declare them, for the web layer's unit tests (the core names none itself). */
public final class WebTestChannels {

    public static final ChannelDescriptor EMAIL = ChannelDescriptor.builder("email")
            .name("Burgernetmail")
            .addressKind(AddressKind.EMAIL)
            .label("en", "E-mail")
            .label("nl", "E-mail")
            .hint("nl", "Berichten in uw mailbox")
            .onByDefault(true)
            .build();

    public static final ChannelDescriptor SMS = ChannelDescriptor.builder("sms")
            .name("SMS")
            .addressKind(AddressKind.MOBILE_NUMBER)
            .label("en", "Text message")
            .label("nl", "Sms")
            .build();

    public static final ChannelDescriptor PAGER = ChannelDescriptor.builder("pager")
            .name("Pager")
            .addressKind(AddressKind.PHONE_NUMBER)
            .label("en", "Pager")
            .label("nl", "Pieper")
            .build();

    public static final ChannelDescriptor PUSH = ChannelDescriptor.builder("push")
            .addressKind(AddressKind.PUSH_SUBSCRIPTION)
            .build();

    public static final List<ChannelDescriptor> ALL = List.of(EMAIL, SMS, PAGER);

    private WebTestChannels() {}
}
