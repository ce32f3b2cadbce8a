package nl.burgernet.application.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.burgernet.channel.api.ConfigProperty;
import nl.burgernet.channel.api.ConfigProperty.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutboundHostsTest {

    private static final ConfigProperty HOST = property("smtp.host", Type.STRING);
    private static final ConfigProperty URL = property("api.url", Type.URL);
    private static final ConfigProperty NAME = property("from.name", Type.STRING);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "localhost",
                "10.1.2.3",
                "172.16.0.9",
                "192.168.1.1",
                "169.254.169.254",
                "100.64.0.1",
                "0.0.0.0",
                "::1",
                "[::1]",
                "fd12:3456::1",
                "fe80::1"
            })
    void loopbackPrivateAndLinkLocalAddressesAreInternal(String host) {
        assertTrue(OutboundHosts.isInternal(host), host);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "2001:db8::1", "8.8.8.8", "no-such-host.invalid"})
    void publicAddressesAndUnknownNamesAreNot(String host) {
        assertFalse(OutboundHosts.isInternal(host), host);
    }

    @Test
    void hostSettingsAndWebAddressesAreCheckedOtherSettingsAreNot() {
        assertEquals(Optional.of("10.0.0.5"), OutboundHosts.hostOf(HOST, " 10.0.0.5 "));
        assertEquals(Optional.of("169.254.169.254"), OutboundHosts.hostOf(URL, "http://169.254.169.254/latest"));
        assertEquals(Optional.empty(), OutboundHosts.hostOf(NAME, "localhost"));

        assertEquals(
                List.of(
                        new FieldProblem("smtp.host", FieldProblem.Kind.INTERNAL_HOST),
                        new FieldProblem("api.url", FieldProblem.Kind.INTERNAL_HOST)),
                OutboundHosts.internal(
                        List.of(HOST, URL, NAME),
                        Map.of("smtp.host", "127.0.0.1", "api.url", "https://[::1]:8443/", "from.name", "localhost")));
        assertEquals(List.of(), OutboundHosts.internal(List.of(HOST), Map.of("smtp.host", "93.184.216.34")));
    }

    private static ConfigProperty property(String name, Type type) {
        return new ConfigProperty(name, name, type, null, false, false, "", List.of());
    }
}
