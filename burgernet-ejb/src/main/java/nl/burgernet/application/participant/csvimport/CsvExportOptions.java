package nl.burgernet.application.participant.csvimport;

/**
 * How an export file is written.
 *
 * @param separator ';' opens in Dutch Excel with a double click, ',' is the international default
 * @param dutchHeaders header names in Dutch (e-mail, huisnummer...) instead of English
 * @param byteOrderMark start with a UTF-8 byte order mark, without which Excel reads UTF-8 as Windows-1252 and
 *     garbles accents
 */
public record CsvExportOptions(char separator, boolean dutchHeaders, boolean byteOrderMark) {

    /** For Dutch Excel: ';', English headers (the documented import names), byte order mark. */
    public static final CsvExportOptions EXCEL_NL = new CsvExportOptions(';', false, true);

    /** Plain RFC 4180: ',', English headers, no byte order mark. */
    public static final CsvExportOptions RFC_4180 = new CsvExportOptions(',', false, false);

    public CsvExportOptions {
        if (separator != ',' && separator != ';' && separator != '\t') {
            throw new IllegalArgumentException("The import reads ',', ';' or tab as separator, not " + separator);
        }
    }

    public CsvExportOptions withDutchHeaders() {
        return new CsvExportOptions(separator, true, byteOrderMark);
    }
}
