package nl.burgernet.interfaces.operator;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Times as the control room reads them: Dutch time, whatever the server's zone. */
final class OperatorFormats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    private static final DateTimeFormatter TIME_WITH_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");

    private OperatorFormats() {}

    static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(AlertForm.NETHERLANDS));
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME_WITH_SECONDS.format(instant.atZone(AlertForm.NETHERLANDS));
    }
}
