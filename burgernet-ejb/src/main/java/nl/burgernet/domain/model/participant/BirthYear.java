package nl.burgernet.domain.model.participant;

import java.time.Year;
import nl.burgernet.domain.shared.InvalidValueException;

/**
 * The only age data Burgernet asks for. Participants must be 16 or older; since only the year is known, someone
 * qualifies from 1 January of the year they turn 16 (birth year + 16 &lt;= this year). The constructor only checks
 * what never changes (not before 1900), so a stored participant stays loadable; {@link #parse} and {@link #of} apply
 * the age rule for new and edited registrations.
 */
public record BirthYear(int value) {

    public static final int MINIMUM_AGE = 16;
    public static final int EARLIEST = 1900;
    public static final String REQUIRED = "birthYear.required";
    public static final String INVALID = "birthYear.invalid";
    public static final String TOO_YOUNG = "birthYear.tooYoung";

    public BirthYear {
        if (value < EARLIEST) {
            throw new InvalidValueException(INVALID, "before 1900: " + value);
        }
    }

    /**
     * @param thisYear the current year in the Netherlands (a parameter so the 16th-birthday rule is testable)
     */
    public static BirthYear parse(String raw, Year thisYear) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException(REQUIRED, "no year of birth");
        }
        String s = raw.strip();
        if (s.length() != 4 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidValueException(INVALID, "not a year like 1980: " + raw);
        }
        return of(Integer.parseInt(s), thisYear);
    }

    public static BirthYear of(int year, Year thisYear) {
        if (year < EARLIEST || year > thisYear.getValue()) {
            throw new InvalidValueException(INVALID, "not a plausible year of birth: " + year);
        }
        if (thisYear.getValue() - year < MINIMUM_AGE) {
            throw new InvalidValueException(TOO_YOUNG, "younger than 16 in " + thisYear, MINIMUM_AGE);
        }
        return new BirthYear(year);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
