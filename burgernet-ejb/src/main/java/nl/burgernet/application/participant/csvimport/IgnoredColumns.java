package nl.burgernet.application.participant.csvimport;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import nl.burgernet.domain.model.participant.ValidationMessages;

/**
 * Tells the administrator which columns of a file were not read. A few are named; a file with thousands of them (an
 * export of another system, a sheet with a column per day) gets a count and the first few names, so the answer stays
 * readable.
 */
public final class IgnoredColumns {

    /** Up to this many are named one by one. */
    static final int NAMED = 10;

    /** How many a summary names. */
    static final int FIRST = 3;

    static final String SUMMARY = "csv.ignoredColumns";

    private IgnoredColumns() {}

    /** "naam, notities", or "5,000 unknown columns, the first: a, b, c"; empty when none was ignored. */
    public static String describe(List<String> ignored, Locale locale) {
        if (ignored.size() <= NAMED) {
            return String.join(", ", ignored);
        }
        return ValidationMessages.render(
                SUMMARY,
                "nl".equals(locale.getLanguage()) ? Locale.of("nl") : Locale.ENGLISH,
                NumberFormat.getIntegerInstance(locale).format(ignored.size()),
                String.join(", ", ignored.subList(0, FIRST)));
    }
}
