package nl.burgernet.infrastructure.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import nl.burgernet.channel.api.ChannelConfiguration;
import nl.burgernet.channel.api.ChannelDescriptor;
import nl.burgernet.channel.api.ConfigProperty;
import nl.burgernet.channel.api.DeliveryBatch;
import nl.burgernet.channel.api.DeliveryChannel;
import nl.burgernet.channel.api.DeliveryResult;
import org.junit.jupiter.api.Test;

class ChannelIndexTest {

    @Test
    void channelsAreFoundByTheirIds() {
        var index = ChannelIndex.of(List.of(found("email", "a.jar"), found("sms", "b.jar")));
        assertEquals(List.of("email", "sms"), index.keySet().stream().sorted().toList());
        assertEquals("sms", index.get("sms").descriptor().id());
    }

    @Test
    void twoChannelsWithOneIdAreRefusedNamingBothJars() {
        var e = assertThrows(
                DuplicateChannelException.class,
                () -> ChannelIndex.of(List.of(found("email", "burgernet-channel-email.jar"), found("email", "x.jar"))));
        assertTrue(e.getMessage().contains("'email'"), e.getMessage());
        assertTrue(e.getMessage().contains("burgernet-channel-email.jar")
                && e.getMessage().contains("x.jar"));
    }

    @Test
    void noChannelsIsAnEmptyIndexNotAnError() {
        assertTrue(ChannelIndex.of(List.of()).isEmpty());
    }

    private static ChannelIndex.Found found(String id, String jar) {
        return new ChannelIndex.Found(new FixedChannel(id), "Channel (" + jar + ")");
    }

    private record FixedChannel(String id) implements DeliveryChannel {
        @Override
        public ChannelDescriptor descriptor() {
            return new ChannelDescriptor(id, id, "1", false, 0, false);
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
            return List.of();
        }
    }
}
