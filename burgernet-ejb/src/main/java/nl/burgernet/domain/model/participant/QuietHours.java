package nl.burgernet.domain.model.participant;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.burgernet.domain.shared.InvalidValueException;

/**
 * The hours a participant does not want to be woken or disturbed (peers' residents complain most about alerts at
 * night). From is inclusive, to exclusive; the period may wrap midnight (22:00-07:00). Times are local Dutch time.
 */
public record QuietHours(LocalTime from, LocalTime to) {

    public static final String INVALID_TIME = "quietHours.invalidTime";
    public static final String INCOMPLETE = "quietHours.incomplete";
    public static final String EMPTY = "quietHours.empty";

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.h]?(\\d{2})");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    public QuietHours {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.equals(to)) {
            throw new InvalidValueException(EMPTY, "quiet hours from and to are equal: " + from);
        }
    }

    /** Parses "22:00", "7:00", "07.30", "2200"; seconds are not asked for. */
    public static LocalTime parseTime(String raw) {
        Matcher m = raw == null ? null : TIME.matcher(raw.strip());
        if (m == null || !m.matches()) {
            throw new InvalidValueException(INVALID_TIME, "not a time like 22:00: " + raw);
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        if (hour > 23 || minute > 59) {
            throw new InvalidValueException(INVALID_TIME, "not a time of day: " + raw);
        }
        return LocalTime.of(hour, minute);
    }

    /** Both blank: none; one blank: an error; otherwise the period. */
    public static Optional<QuietHours> parse(String from, String to) {
        boolean noFrom = from == null || from.isBlank();
        boolean noTo = to == null || to.isBlank();
        if (noFrom && noTo) {
            return Optional.empty();
        }
        if (noFrom || noTo) {
            throw new InvalidValueException(INCOMPLETE, "quiet hours need both a start and an end");
        }
        return Optional.of(new QuietHours(parseTime(from), parseTime(to)));
    }

    public boolean wrapsMidnight() {
        return to.isBefore(from);
    }

    public boolean isQuietAt(LocalTime time) {
        if (wrapsMidnight()) {
            return !time.isBefore(from) || time.isBefore(to);
        }
        return !time.isBefore(from) && time.isBefore(to);
    }

    /** When quiet at {@code at}: the moment the quiet period ends (today or tomorrow), so a message can wait. */
    public Optional<LocalDateTime> quietUntil(LocalDateTime at) {
        if (!isQuietAt(at.toLocalTime())) {
            return Optional.empty();
        }
        LocalDateTime end = at.toLocalDate().atTime(to);
        return Optional.of(end.isAfter(at) ? end : end.plusDays(1));
    }

    /** "22:00-07:00". */
    @Override
    public String toString() {
        return HH_MM.format(from) + "-" + HH_MM.format(to);
    }
}
