package nl.burgernet.domain.model.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReplyKeyTest {

    @Test
    void randomKeysAreLowerCaseBase32OfTwentySixCharactersAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String key = ReplyKey.random().value();
            assertTrue(key.matches("[a-z2-7]{26}"), key);
            assertTrue(seen.add(key), "repeated key " + key);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdefghijklmnop", "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345", "a-b_c-d_e-f_g-h_i"})
    void urlSafeBase64AndBase32KeysOfSixteenToThirtyTwoCharactersAreAccepted(String key) {
        assertEquals(key, new ReplyKey(key).value());
        assertEquals(key, ReplyKey.parse(key).orElseThrow().value());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "short",
                "abcdefghijklmno",
                "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456",
                "abcdefgh.ijklmnop",
                "abcdefgh+ijklmnop",
                "abcdefgh ijklmnop",
                "abcdefghijklmnop\n"
            })
    void malformedKeysAreRejectedWithAClearMessage(String key) {
        assertFalse(ReplyKey.parse(key).isPresent());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ReplyKey(key));
        assertTrue(e.getMessage().contains("16 to 32"), e.getMessage());
    }

    @Test
    void nullIsNotAKey() {
        assertFalse(ReplyKey.parse(null).isPresent());
        assertThrows(IllegalArgumentException.class, () -> new ReplyKey(null));
    }
}
