package nl.burgernet.application.participant.csvimport;

import java.util.Locale;
import java.util.Optional;

/**
 * One problem in an import file, ready to show: where (line and column as named in the file's header) and what, in
 * Dutch and English.
 *
 * @param lineNumber the line in the file (1 = the header line) where the row starts; {@value #FILE_LEVEL} for a
 *     problem with the whole file (empty, required columns missing)
 * @param column the column's header as written in the file, or empty when the problem is not one column's
 */
public record RowError(long lineNumber, Optional<String> column, String messageNl, String messageEn) {

    public static final long FILE_LEVEL = 0;

    public boolean isFileLevel() {
        return lineNumber == FILE_LEVEL;
    }

    /** Dutch for Dutch locales, English otherwise. */
    public String message(Locale locale) {
        return "nl".equals(locale.getLanguage()) ? messageNl : messageEn;
    }
}
