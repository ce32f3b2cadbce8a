package nl.burgernet.domain.model.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.burgernet.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MobileNumberTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0612345678",
                "06 12345678",
                "06-12345678",
                "06 12 34 56 78",
                "06-12 34 56 78",
                "(06) 12345678",
                "+31612345678",
                "+31 6 12345678",
                "+31 (0)6 12345678",
                "+31 (0)6-12345678",
                "0031612345678",
                " 06.12.34.56.78 "
            })
    void dutchWaysOfWritingAMobileNumberBecomeE164(String typed) {
        assertEquals("+31612345678", MobileNumber.parse(typed).e164());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "030 1234567",
                "0301234567",
                "061234567",
                "06123456789",
                "0601234567",
                "+32 470 12 34 56",
                "+3161234567a",
                "06 1234567x",
                "0800-0011",
                "112",
                ""
            })
    void landlinesForeignAndMalformedNumbersAreRefused(String typed) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> MobileNumber.parse(typed));
        assertEquals(MobileNumber.INVALID, e.messageKey());
    }

    @Test
    void printsTheWayDutchResidentsWriteIt() {
        assertEquals("06 12345678", MobileNumber.parse("+31612345678").national());
    }

    @Test
    void constructorOnlyTakesE164() {
        assertThrows(InvalidValueException.class, () -> new MobileNumber("0612345678"));
    }
}
