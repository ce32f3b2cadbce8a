package nl.burgernet.domain.model.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.burgernet.domain.shared.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @CsvSource({
        "030 123 45 67, +31301234567",
        "030-1234567, +31301234567",
        "+31 (0)30 1234567, +31301234567",
        "0031301234567, +31301234567",
        "06 12345678, +31612345678",
        "+32 2 123 45 67, +3221234567",
        "0032 2 1234567, +3221234567"
    })
    void whatPeopleWriteBecomesE164(String typed, String e164) {
        assertEquals(e164, PhoneNumber.parse(typed).e164());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "030 12345", "030 12345678", "0800-001", "+0 30 1234567", "bel me"})
    void whatIsNoPhoneNumberIsRefused(String typed) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> PhoneNumber.parse(typed));
        assertEquals(PhoneNumber.INVALID, e.messageKey());
    }

    @org.junit.jupiter.api.Test
    void dutchNumbersAreShownTheDutchWay() {
        assertEquals("0301234567", PhoneNumber.parse("+31301234567").national());
        assertEquals("+3221234567", PhoneNumber.parse("+3221234567").national());
    }
}
