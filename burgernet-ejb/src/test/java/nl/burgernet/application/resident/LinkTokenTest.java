package nl.burgernet.application.resident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class LinkTokenTest {

    private static final String MAC = "AAAAAAAAAAAAAAAAAAAAAA";

    @Test
    void readsIdsAndMac() {
        LinkToken t = LinkToken.parse("50.1234." + MAC).orElseThrow();

        assertEquals(50, t.municipalityId());
        assertEquals(1234, t.participantId());
        assertEquals(Optional.empty(), t.expiresAt());
        assertEquals(MAC, t.mac());
        assertEquals("50.1234." + MAC, t.toString());
    }

    @Test
    void readsTheExpiryOfAConfirmToken() {
        LinkToken t = LinkToken.parse("50.1234.1740823200." + MAC).orElseThrow();

        assertEquals(Optional.of(1740823200L), t.expiresAt());
        assertEquals("50.1234.1740823200." + MAC, t.toString());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "50.1234",
                "50.1234.short",
                "x.1234.AAAAAAAAAAAAAAAAAAAAAA",
                "50.1234.AAAAAAAAAAAAAAAAAAAAA=",
                "50.1234.AAAAAAAAAAAAAAAAAAAAAA.extra",
                "99999999999999999999.1.AAAAAAAAAAAAAAAAAAAAAA",
                "50.1234.AAAAAAAAAAAAAAAAAAAAAA<script>"
            })
    void anythingElseIsNoTokenRatherThanAnError(String text) {
        assertTrue(LinkToken.parse(text).isEmpty());
    }
}
