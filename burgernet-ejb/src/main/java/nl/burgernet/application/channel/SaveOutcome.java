package nl.burgernet.application.channel;

import java.util.List;

/**
 * What became of a save: stored, or the problems that stopped it.
 *
 * @param fieldProblems settings that are missing or not of their type; the channel was not asked yet
 * @param channelProblems what the channel's own check found, in the admin's language
 */
public record SaveOutcome(boolean saved, List<FieldProblem> fieldProblems, List<String> channelProblems) {

    static SaveOutcome stored() {
        return new SaveOutcome(true, List.of(), List.of());
    }

    static SaveOutcome refusedFields(List<FieldProblem> problems) {
        return new SaveOutcome(false, List.copyOf(problems), List.of());
    }

    static SaveOutcome refusedByChannel(List<String> problems) {
        return new SaveOutcome(false, List.of(), List.copyOf(problems));
    }
}
