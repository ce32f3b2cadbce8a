package nl.burgernet.application.participant;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import nl.burgernet.application.participant.csvimport.CsvImportListener;
import nl.burgernet.application.participant.csvimport.ImportedParticipant;
import nl.burgernet.application.participant.csvimport.RowError;
import nl.burgernet.domain.model.participant.Language;
import nl.burgernet.domain.model.participant.ValidationMessages;

/**
 * One import into one municipality, fed the file's good rows in file order (straight from the CSV reader, or from a
 * preview an admin checked). A row is rejected, with its line, when its e-mail address is registered here already
 * (compared without regard to case, as the file's own duplicates are) or when the geocoder cannot find an address;
 * the others go to the store in chunks, so memory stays flat whatever the size of the file. The store writes into
 * the caller's transaction: the chunks commit together or not at all. Errors the reader reports are kept in file
 * order with the import's own. One instance per import; not thread-safe.
 */
final class ParticipantImport implements CsvImportListener {

    static final String EMAIL_EXISTS = "import.emailExists";

    private final AddressGeocoding geocoding;
    private final Set<String> registeredEmails;
    private final Consumer<List<NewParticipant>> store;
    private final int chunkSize;
    private final List<NewParticipant> chunk;
    private final List<RowError> rejected = new ArrayList<>();
    private int imported;

    /**
     * @param registeredEmails the municipality's e-mail addresses in lower case ({@code EmailAddress.comparisonKey}); the import adds the ones it stores
     * @param store writes a chunk of new participants in the caller's transaction
     */
    ParticipantImport(
            AddressGeocoding geocoding,
            Set<String> registeredEmails,
            Consumer<List<NewParticipant>> store,
            int chunkSize) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("A chunk holds at least one row, not " + chunkSize);
        }
        this.geocoding = geocoding;
        this.registeredEmails = registeredEmails;
        this.store = store;
        this.chunkSize = chunkSize;
        this.chunk = new ArrayList<>(chunkSize);
    }

    @Override
    public void accepted(ImportedParticipant row) {
        String emailKey = row.registration().email().comparisonKey();
        if (registeredEmails.contains(emailKey)) {
            reject(row.lineNumber(), "email", EMAIL_EXISTS);
            return;
        }
        AddressGeocoding.Result located = geocoding.locate(row.registration());
        if (located.details().isEmpty()) {
            reject(row.lineNumber(), "postcode", located.errors().get(0).messageKey());
            return;
        }
        registeredEmails.add(emailKey);
        chunk.add(new NewParticipant(located.details().get(), AccessTokens.newLinkKey()));
        if (chunk.size() == chunkSize) {
            flush();
        }
    }

    @Override
    public void rejected(RowError error) {
        rejected.add(error);
    }

    /** Every error so far, the reader's and the import's, in file order. */
    List<RowError> rejected() {
        return List.copyOf(rejected);
    }

    /** Stores what is left; the outcome counts every row stored by this import. */
    ImportOutcome finish() {
        flush();
        return new ImportOutcome(imported, rejected);
    }

    private void flush() {
        if (chunk.isEmpty()) {
            return;
        }
        store.accept(List.copyOf(chunk));
        imported += chunk.size();
        chunk.clear();
    }

    private void reject(long line, String column, String key) {
        rejected.add(new RowError(
                line,
                Optional.of(column),
                ValidationMessages.render(key, Language.NL),
                ValidationMessages.render(key, Language.EN)));
    }
}
