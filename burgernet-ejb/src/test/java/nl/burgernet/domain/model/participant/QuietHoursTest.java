package nl.burgernet.domain.model.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import nl.burgernet.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuietHoursTest {

    private static final QuietHours NIGHT = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0));

    @ParameterizedTest
    @CsvSource({
        "22:00,true",
        "23:59,true",
        "00:00,true",
        "03:30,true",
        "06:59,true",
        "07:00,false",
        "12:00,false",
        "21:59,false"
    })
    void nightAcrossMidnightIsQuietFromStartUntilEnd(String time, boolean quiet) {
        assertTrue(NIGHT.wrapsMidnight());
        assertEquals(quiet, NIGHT.isQuietAt(LocalTime.parse(time)));
    }

    @ParameterizedTest
    @CsvSource({"12:59,false", "13:00,true", "14:30,true", "15:00,false"})
    void periodWithinOneDayIsQuietBetweenStartAndEnd(String time, boolean quiet) {
        QuietHours afternoon = new QuietHours(LocalTime.of(13, 0), LocalTime.of(15, 0));
        assertFalse(afternoon.wrapsMidnight());
        assertEquals(quiet, afternoon.isQuietAt(LocalTime.parse(time)));
    }

    @Test
    void quietUntilTheEndOfTheNightTodayOrTomorrow() {
        LocalDateTime lateEvening = LocalDateTime.of(2026, 3, 1, 23, 15);
        assertEquals(Optional.of(LocalDateTime.of(2026, 3, 2, 7, 0)), NIGHT.quietUntil(lateEvening));
        LocalDateTime earlyMorning = LocalDateTime.of(2026, 3, 2, 5, 0);
        assertEquals(Optional.of(LocalDateTime.of(2026, 3, 2, 7, 0)), NIGHT.quietUntil(earlyMorning));
        assertEquals(Optional.empty(), NIGHT.quietUntil(LocalDateTime.of(2026, 3, 2, 7, 0)));
    }

    @ParameterizedTest
    @CsvSource({"22:00,22:00", "7:00,07:00", "07.30,07:30", "2215,22:15", "9h45,09:45", " 06:05 ,06:05"})
    void commonWaysOfWritingATimeAreRead(String typed, String expected) {
        assertEquals(LocalTime.parse(expected), QuietHours.parseTime(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"24:00", "22:60", "22", "tien uur", "22:00:00", "-1:00"})
    void impossibleTimesAreRefused(String typed) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> QuietHours.parseTime(typed));
        assertEquals(QuietHours.INVALID_TIME, e.messageKey());
    }

    @Test
    void equalStartAndEndIsRefused() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> QuietHours.parse("22:00", "22:00"));
        assertEquals(QuietHours.EMPTY, e.messageKey());
    }

    @Test
    void bothBlankIsNoQuietHoursAndOneBlankIsIncomplete() {
        assertEquals(Optional.empty(), QuietHours.parse(" ", null));
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> QuietHours.parse("22:00", ""));
        assertEquals(QuietHours.INCOMPLETE, e.messageKey());
        assertEquals(
                "22:00-07:00", QuietHours.parse("22:00", "7:00").orElseThrow().toString());
    }
}
