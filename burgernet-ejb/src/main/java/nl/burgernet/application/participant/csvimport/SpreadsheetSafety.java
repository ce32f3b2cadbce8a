package nl.burgernet.application.participant.csvimport;

/**
 * Guards exported files against formula injection (OWASP "CSV injection"): a value starting with =, +, - or @ would
 * be run as a formula when an administrator opens the export in a spreadsheet. Such values are written with a
 * leading apostrophe, and the import removes it again, so export and import round-trip.
 */
final class SpreadsheetSafety {

    private SpreadsheetSafety() {}

    static String escape(String value) {
        return startsLikeFormula(value, 0) ? "'" + value : value;
    }

    static String unescape(String value) {
        return value.length() > 1 && value.charAt(0) == '\'' && startsLikeFormula(value, 1)
                ? value.substring(1)
                : value;
    }

    private static boolean startsLikeFormula(String value, int at) {
        if (value.length() <= at) {
            return false;
        }
        char c = value.charAt(at);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
