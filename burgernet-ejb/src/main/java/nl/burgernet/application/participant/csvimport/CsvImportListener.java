package nl.burgernet.application.participant.csvimport;

/**
 * Receives an import file's outcome row by row, so a large file can be stored in batches without holding it in
 * memory. Rows arrive in file order.
 */
public interface CsvImportListener {

    void accepted(ImportedParticipant participant);

    void rejected(RowError error);
}
