package nl.burgernet.interfaces.rest;

import java.util.List;

/**
 * The answer to a CSV import over REST.
 *
 * @param rowsRead data rows in the file
 * @param imported participants added
 * @param rejected every row that was not imported, by line number, in the language the client asked for
 * @param ignoredColumns the file's columns that were not read, named, or counted when there are many ("5,000 unknown
 *     columns, the first: a, b, c"); empty when every column was read
 */
public record ImportReport(long rowsRead, int imported, List<RejectedRow> rejected, String ignoredColumns) {

    public record RejectedRow(long line, String column, String message) {}
}
