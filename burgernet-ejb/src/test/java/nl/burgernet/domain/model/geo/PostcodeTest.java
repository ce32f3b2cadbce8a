package nl.burgernet.domain.model.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.burgernet.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"3601AB", "3601 AB", "3601 ab", " 3601ab ", "3601-AB", "3601  aB", "3601\u00a0AB"})
    void typedFormsNormaliseToFourDigitsAndTwoCapitals(String typed) {
        assertEquals("3601AB", Postcode.parse(typed).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"3601 SA", "3601sd", "3601 SS"})
    void letterPairsPostNlNeverIssuesAreRefused(String typed) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Postcode.parse(typed));
        assertEquals(Postcode.INVALID, e.messageKey());
    }

    @Test
    void otherPairsStartingWithSAreFine() {
        assertEquals("3601SB", Postcode.parse("3601 sb").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0601AB", "360AB", "36011AB", "3601A", "3601ABC", "ABCD12", "3601 A1", "3601 ÄB", "1234"})
    void malformedPostcodesAreRefused(String typed) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Postcode.parse(typed));
        assertEquals(Postcode.INVALID, e.messageKey());
    }

    @Test
    void blankPostcodeIsReportedAsMissing() {
        assertEquals(
                Postcode.REQUIRED,
                assertThrows(InvalidValueException.class, () -> Postcode.parse("  "))
                        .messageKey());
        assertEquals(
                Postcode.REQUIRED,
                assertThrows(InvalidValueException.class, () -> Postcode.parse(null))
                        .messageKey());
    }

    @Test
    void constructorOnlyTakesTheCanonicalForm() {
        assertThrows(InvalidValueException.class, () -> new Postcode("3601 AB"));
        assertThrows(InvalidValueException.class, () -> new Postcode("3601ab"));
    }

    @Test
    void displaysWithASpaceAndKnowsItsArea() {
        Postcode postcode = Postcode.parse("3621ab");
        assertEquals("3621 AB", postcode.display());
        assertEquals(3621, postcode.area());
    }
}
