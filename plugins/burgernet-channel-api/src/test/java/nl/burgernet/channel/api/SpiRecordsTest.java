package nl.burgernet.channel.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpiRecordsTest {

    private static final URI PAGE = URI.create("https://burgernet.example/voorkeuren/abc");

    @Test
    void municipalityMailDomainIsTheSenderAddressDomain() {
        MunicipalityProfile profile = profile("#00689D", null);

        assertEquals("stichtsevecht.example", profile.mailDomain());
    }

    @Test
    void municipalitySenderNameFallsBackToItsName() {
        MunicipalityProfile profile = new MunicipalityProfile(
                "GM0355", "Gemeente Stichtse Vecht", null, "", " ", "b@stichtsevecht.example", "reply.example", null);

        assertEquals("Gemeente Stichtse Vecht", profile.senderName());
        assertEquals("", profile.contactAddress());
    }

    @Test
    void municipalityRejectsAColourThatIsNotHex() {
        assertThrows(IllegalArgumentException.class, () -> profile("blue", null));
    }

    @Test
    void municipalityRejectsALogoThatIsNotAWebAddress() {
        assertThrows(IllegalArgumentException.class, () -> profile("", URI.create("javascript:alert(1)")));
    }

    @Test
    void recipientKeepsAnUnusableAddressForTheChannelToReport() {
        Recipient recipient = new Recipient(1, null, null, "k", PAGE, PAGE, null);

        assertEquals("", recipient.address());
        assertEquals("", recipient.threadReference());
    }

    @Test
    void recipientNeedsWebLinks() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Recipient(1, "a@b.example", "", "k", URI.create("mailto:x@y.example"), PAGE, ""));
    }

    @Test
    void messageDefaultsToDutchAndRejectsANegativeSequence() {
        assertEquals("nl", new OutgoingMessage("BN-1", 0, OutgoingMessage.Kind.ALERT, null, "t", "b", null).language());
        assertThrows(
                IllegalArgumentException.class,
                () -> new OutgoingMessage("BN-1", -1, OutgoingMessage.Kind.ALERT, "nl", "t", "b", ""));
    }

    @Test
    void choiceSettingNeedsOptions() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new ConfigProperty("tls", "TLS", ConfigProperty.Type.CHOICE, null, true, false, "h", List.of()));
    }

    @Test
    void configurationNeverPrintsItsValues() {
        ChannelConfiguration configuration = new ChannelConfiguration("GM0355", Map.of("smtp.password", "hunter2"));

        assertFalse(configuration.toString().contains("hunter2"));
        assertEquals("hunter2", configuration.get("smtp.password").orElseThrow());
    }

    private static MunicipalityProfile profile(String colour, URI logo) {
        return new MunicipalityProfile(
                "GM0355",
                "Gemeente Stichtse Vecht",
                logo,
                colour,
                "Burgernet Stichtse Vecht",
                "burgernet@stichtsevecht.example",
                "reply.burgernet.example",
                "");
    }
}
