package nl.burgernet.domain.model.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Year;
import nl.burgernet.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BirthYearTest {

    private static final Year THIS_YEAR = Year.of(2026);

    @Test
    void someoneTurningSixteenThisYearMayTakePart() {
        assertEquals(2010, BirthYear.parse("2010", THIS_YEAR).value());
    }

    @Test
    void someoneTurningFifteenThisYearIsTooYoung() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> BirthYear.parse("2011", THIS_YEAR));
        assertEquals(BirthYear.TOO_YOUNG, e.messageKey());
        assertEquals(16, e.args().getFirst());
    }

    @Test
    void theBoundaryMovesWithTheYear() {
        assertThrows(InvalidValueException.class, () -> BirthYear.parse("2011", Year.of(2026)));
        assertEquals(2011, BirthYear.parse("2011", Year.of(2027)).value());
    }

    @Test
    void nineteenHundredIsTheEarliestYear() {
        assertEquals(1900, BirthYear.parse("1900", THIS_YEAR).value());
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> BirthYear.parse("1899", THIS_YEAR));
        assertEquals(BirthYear.INVALID, e.messageKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"80", "19801", "198O", "2030", "-1980"})
    void notAYearOfBirthIsInvalid(String typed) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> BirthYear.parse(typed, THIS_YEAR));
        assertEquals(BirthYear.INVALID, e.messageKey());
    }

    @Test
    void blankIsReportedAsMissing() {
        assertEquals(
                BirthYear.REQUIRED,
                assertThrows(InvalidValueException.class, () -> BirthYear.parse(" ", THIS_YEAR))
                        .messageKey());
    }
}
