package nl.burgernet.application.dispatch;

import java.util.List;

/** The targets of an alert and the figures the operator is shown about them. */
public record TargetSelection(List<Target> targets, RecipientCount count) {

    public TargetSelection {
        targets = List.copyOf(targets);
    }
}
