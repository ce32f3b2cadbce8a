package nl.burgernet.domain.model.participant;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which channels a participant receives alerts on. The Burgernetmail rule: e-mail is on unless the participant opted
 * out; SMS, voice and push are only on when the participant opted in. The record stores exactly those four choices,
 * so the all-false default is "e-mail only".
 */
public record ChannelChoices(boolean emailOptedOut, boolean smsOptedIn, boolean voiceOptedIn, boolean pushOptedIn) {

    /** A new participant who said nothing: e-mail only. */
    public static final ChannelChoices DEFAULT = new ChannelChoices(false, false, false, false);

    /** Exactly these channels on, all others off (e-mail is off, i.e. opted out, when it is not listed). */
    public static ChannelChoices exactly(Collection<Channel> channels) {
        return new ChannelChoices(
                !channels.contains(Channel.EMAIL),
                channels.contains(Channel.SMS),
                channels.contains(Channel.VOICE),
                channels.contains(Channel.PUSH));
    }

    public boolean isEnabled(Channel channel) {
        return switch (channel) {
            case EMAIL -> !emailOptedOut;
            case SMS -> smsOptedIn;
            case VOICE -> voiceOptedIn;
            case PUSH -> pushOptedIn;
        };
    }

    /** The channels that are on, in enum order. */
    public Set<Channel> enabled() {
        EnumSet<Channel> on = EnumSet.noneOf(Channel.class);
        for (Channel c : Channel.values()) {
            if (isEnabled(c)) {
                on.add(c);
            }
        }
        return on;
    }

    public boolean none() {
        return enabled().isEmpty();
    }

    /** The enabled ids joined by ';', e.g. "email;sms" (the CSV form). */
    public String ids() {
        return enabled().stream().map(Channel::id).collect(Collectors.joining(";"));
    }
}
