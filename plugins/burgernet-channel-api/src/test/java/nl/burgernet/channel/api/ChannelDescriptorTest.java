package nl.burgernet.channel.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChannelDescriptorTest {

    private final ChannelDescriptor voice = ChannelDescriptor.builder("voice-like")
            .name("Voice call")
            .addressKind(AddressKind.PHONE_NUMBER)
            .label("nl", "Spraakbericht")
            .label("en", "Voice message")
            .hint("nl", "We bellen u en lezen het bericht voor.")
            .build();

    @Test
    void labelsComeInTheAskedLanguageThenEnglishThenTheName() {
        assertEquals("Spraakbericht", voice.label(Locale.of("nl")));
        assertEquals("Voice message", voice.label(Locale.GERMAN));
        assertEquals(
                "Plain",
                ChannelDescriptor.builder("plain").name("Plain").build().label(Locale.of("nl")));
        assertEquals("", voice.hint(Locale.ENGLISH), "no English hint and no fallback text");
        assertEquals("We bellen u en lezen het bericht voor.", voice.hint(Locale.of("nl")));
    }

    @Test
    void aDescriptorWithoutCapacityGetsTheDefaultAndTheShortFormNeedsNoAddress() {
        assertEquals(Capacity.DEFAULT, voice.capacity());
        assertEquals(AddressKind.NONE, new ChannelDescriptor("old", "Old", "1", false, 0, false).addressKind());
    }

    @Test
    void aPlatformAdminCanLowerButNeverRaiseACapacity() {
        Capacity declared = new Capacity(4, 50, Duration.ofSeconds(30));

        assertEquals(new Capacity(1, 10, Duration.ofSeconds(30)), declared.loweredTo(1, 10));
        assertEquals(declared, declared.loweredTo(8, 500), "higher figures keep the plugin's");
        assertEquals(declared, declared.loweredTo(0, 0), "0 keeps the plugin's figure");
        assertEquals(
                new Capacity(4, 20, Duration.ofSeconds(30)),
                new Capacity(4, 0, Duration.ofSeconds(30)).loweredTo(0, 20),
                "a rate for a channel without its own limit");
        assertThrows(IllegalArgumentException.class, () -> new Capacity(0, 0, Duration.ofSeconds(1)));
    }
}
