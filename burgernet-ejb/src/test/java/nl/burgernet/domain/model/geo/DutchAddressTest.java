package nl.burgernet.domain.model.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import nl.burgernet.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DutchAddressTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "12a    | 12 | A",
                "12A    | 12 | A",
                "12-2   | 12 | 2",
                "12 bis | 12 | BIS",
                "12 A-1 | 12 | A1",
                "12/hs  | 12 | HS",
                "7 III  | 7  | III"
            })
    void suffixTypedInTheNumberFieldIsSplitOff(String typed, int number, String suffix) {
        DutchAddress address = DutchAddress.parse("3601AB", typed, "");
        assertEquals(number, address.number().value());
        assertEquals(Optional.of(new HouseNumberSuffix(suffix)), address.suffix());
    }

    @Test
    void suffixInItsOwnFieldIsNormalised() {
        DutchAddress address = DutchAddress.parse("3601 ab", " 12 ", " a ");
        assertEquals(new HouseNumberSuffix("A"), address.suffix().orElseThrow());
        assertEquals("3601 AB 12A", address.display());
    }

    @Test
    void plainNumberHasNoSuffix() {
        assertEquals(Optional.empty(), DutchAddress.parse("3601AB", "12", null).suffix());
    }

    @Test
    void suffixInBothFieldsIsAnInvalidHouseNumber() {
        InvalidValueException e =
                assertThrows(InvalidValueException.class, () -> DutchAddress.parse("3601AB", "12a", "b"));
        assertEquals(HouseNumber.INVALID, e.messageKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "100000", "-3", "a12", "1 2 3 4 5 6"})
    void houseNumbersOutsideOneTo99999AreRefused(String typed) {
        assertThrows(InvalidValueException.class, () -> HouseNumber.parse(typed));
    }

    @Test
    void houseNumberBoundariesAreAccepted() {
        assertEquals(1, HouseNumber.parse("1").value());
        assertEquals(99_999, HouseNumber.parse("99999").value());
        assertEquals(12, HouseNumber.parse("0012").value());
    }

    @Test
    void missingHouseNumberIsReportedAsMissing() {
        assertEquals(
                HouseNumber.REQUIRED,
                assertThrows(InvalidValueException.class, () -> HouseNumber.parse(" "))
                        .messageKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABCDEFG", "a_b", "é", "12345678"})
    void suffixesLongerThanSixOrWithOtherCharactersAreRefused(String typed) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> HouseNumberSuffix.parse(typed));
        assertEquals(HouseNumberSuffix.INVALID, e.messageKey());
    }

    @Test
    void separatorsOnlyIsNotASuffix() {
        assertThrows(InvalidValueException.class, () -> HouseNumberSuffix.parse(" - "));
    }

    @Test
    void numericSuffixIsPrintedWithADashSoTwelveTwoIsNotReadAsOneHundredAndTwentyTwo() {
        assertEquals("12-2", DutchAddress.parse("3601AB", "12-2", "").houseNumberDisplay());
        assertEquals("12A", DutchAddress.parse("3601AB", "12", "a").houseNumberDisplay());
    }

    @Test
    void sameDoorIgnoresThePlaceName() {
        DutchAddress a = DutchAddress.parse("3601AB", "12a", null);
        DutchAddress b = DutchAddress.parse("3601 ab", "12", "A").withPlace("Maarssen");
        assertTrue(a.sameDoorAs(b));
        assertFalse(a.sameDoorAs(DutchAddress.parse("3601AB", "12", "B")));
        assertEquals("3601 AB 12A, Maarssen", b.display());
    }
}
