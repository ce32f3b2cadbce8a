package nl.burgernet.application.participant.csvimport;

import java.util.List;

/**
 * What an import file would bring, shown to the administrator before anything is stored. When it has a file-level
 * error ({@link #hasFileLevelError()}), import nothing: the file as a whole needs fixing.
 *
 * @param accepted the good rows, in file order
 * @param errors every problem, in file order (a row can have several); file-level ones first
 * @param ignoredColumns headers that name no known column, as written (e.g. "naam"), so nobody wonders where the
 *     data went ({@link IgnoredColumns#describe} says it briefly)
 * @param separator the detected separator: ',', ';' or tab
 * @param encoding the detected character set: "UTF-8", "UTF-16LE", "UTF-16BE" or "windows-1252"
 * @param rowsRead data rows read (blank lines not counted)
 */
public record CsvImportPreview(
        List<ImportedParticipant> accepted,
        List<RowError> errors,
        List<String> ignoredColumns,
        char separator,
        String encoding,
        long rowsRead) {

    public CsvImportPreview {
        accepted = List.copyOf(accepted);
        errors = List.copyOf(errors);
        ignoredColumns = List.copyOf(ignoredColumns);
    }

    public boolean hasFileLevelError() {
        return errors.stream().anyMatch(RowError::isFileLevel);
    }

    /** Rows with at least one error. */
    public long rejectedRows() {
        return errors.stream()
                .filter(e -> !e.isFileLevel())
                .mapToLong(RowError::lineNumber)
                .distinct()
                .count();
    }
}
