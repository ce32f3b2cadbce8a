package nl.burgernet.infrastructure.mail.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnsubscribeAddressTest {

    @Test
    void theKeyIsReadFromTheUnsubscribeAddressInAnyCase() {
        assertEquals(
                Optional.of("3i2h3diducixf4jszw4oscymxc"),
                UnsubscribeAddress.keyIn("Burgernet <Unsubscribe+3I2H3DIDUCIXF4JSZW4OSCYMXC@reply.example.nl>"));
    }

    @Test
    void replyAddressesAndShortKeysAreNotUnsubscribes() {
        assertEquals(Optional.empty(), UnsubscribeAddress.keyIn("reply+3i2h3diducixf4jszw4oscymxc@reply.example.nl"));
        assertEquals(Optional.empty(), UnsubscribeAddress.keyIn("unsubscribe+abc@reply.example.nl"));
    }
}
