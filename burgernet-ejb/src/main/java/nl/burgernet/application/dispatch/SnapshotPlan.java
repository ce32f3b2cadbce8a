package nl.burgernet.application.dispatch;

import java.util.Optional;

/**
 * What a message's snapshot writes: for a first message, the targeting query; for an update or the outcome, the
 * recipients the first message reached.
 */
public record SnapshotPlan(long alertId, long messageId, Optional<TargetQuery> query, long firstMessageId) {}
