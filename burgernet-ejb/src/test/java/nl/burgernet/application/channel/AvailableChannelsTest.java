package nl.burgernet.application.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import nl.burgernet.channel.api.ChannelDescriptor;
import nl.burgernet.domain.model.participant.TestChannels;
import org.junit.jupiter.api.Test;

class AvailableChannelsTest {

    @Test
    void offeredAreTheDeployedChannelsTheMunicipalitySwitchedOnDefaultOnesFirst() {
        List<ChannelDescriptor> deployed = List.of(TestChannels.VOICE, TestChannels.SMS, TestChannels.EMAIL);

        List<ChannelDescriptor> offered = AvailableChannels.offered(deployed, Set.of("sms", "email", "fax"));

        assertEquals(
                List.of("email", "sms"),
                offered.stream().map(ChannelDescriptor::id).toList(),
                "a switched-on channel without a plugin (fax) is not offered, a deployed one switched off (voice) neither");
    }

    @Test
    void emailChannelsAreThoseOfTheEmailKind() {
        assertEquals(List.of("email"), AvailableChannels.emailKind(TestChannels.CLASSIC));
    }
}
