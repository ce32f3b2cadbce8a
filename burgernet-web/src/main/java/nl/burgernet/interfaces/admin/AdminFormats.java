package nl.burgernet.interfaces.admin;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as Dutch municipalities write them, in Dutch time whatever the server's zone. */
final class AdminFormats {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private AdminFormats() {}

    static String date(Instant instant) {
        return DATE.format(instant.atZone(NETHERLANDS));
    }
}
