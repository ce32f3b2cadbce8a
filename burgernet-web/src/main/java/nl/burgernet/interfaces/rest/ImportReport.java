package nl.burgernet.interfaces.rest;

import java.util.List;

/**
 * The answer to a CSV import over REST.
 *
 * @param rowsRead data rows in the file
 * @param imported participants added
 * @param rejected every row that was not imported, by line number, in the language the client asked for
 */
public record ImportReport(long rowsRead, int imported, List<RejectedRow> rejected) {

    public record RejectedRow(long line, String column, String message) {}
}
