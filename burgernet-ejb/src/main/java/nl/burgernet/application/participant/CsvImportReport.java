package nl.burgernet.application.participant;

import java.util.Comparator;
import java.util.List;
import nl.burgernet.application.participant.csvimport.RowError;

/**
 * What importing a CSV file did, read and stored in one go.
 *
 * @param rowsRead data rows in the file (blank lines not counted)
 * @param imported participants added; 0 when the file has a file-level error, which stores nothing
 * @param rejected every problem, by line: the file's own (file-level ones first) and the rows the municipality
 *     already has or whose address was not found
 * @param fileLevelError the file as a whole needs fixing (no header, columns missing, not readable)
 * @param ignoredColumns headers that name no known column, as written
 */
public record CsvImportReport(
        long rowsRead, int imported, List<RowError> rejected, boolean fileLevelError, List<String> ignoredColumns) {

    public CsvImportReport {
        rejected = rejected.stream()
                .sorted(Comparator.comparingLong(RowError::lineNumber))
                .toList();
        ignoredColumns = List.copyOf(ignoredColumns);
    }

    /** Lines with at least one problem. */
    public long rejectedRows() {
        return rejected.stream()
                .filter(e -> !e.isFileLevel())
                .mapToLong(RowError::lineNumber)
                .distinct()
                .count();
    }
}
