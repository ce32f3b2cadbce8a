package nl.burgernet.application.participant;

import java.util.List;
import nl.burgernet.application.participant.csvimport.RowError;

/**
 * What an import did: how many participants were added, and every row that was not, with its line number. The good
 * rows are stored together or not at all.
 */
public record ImportOutcome(int imported, List<RowError> rejected) {

    public ImportOutcome {
        rejected = List.copyOf(rejected);
    }
}
