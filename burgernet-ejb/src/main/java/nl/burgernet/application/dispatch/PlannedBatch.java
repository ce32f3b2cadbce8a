package nl.burgernet.application.dispatch;

import java.util.List;

/** Targets of one channel and language, the size of one batch, before it is written. */
public record PlannedBatch(String channel, String language, List<Target> targets) {

    public PlannedBatch {
        targets = List.copyOf(targets);
    }
}
