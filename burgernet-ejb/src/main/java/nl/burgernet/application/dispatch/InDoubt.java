package nl.burgernet.application.dispatch;

import java.time.Instant;

/**
 * When a claim on deliveries counts as in doubt (its attempt is dead, so what it claimed is sent again under the same
 * identity).
 *
 * @param othersBefore a claim of another server run older than this: that server may have died
 * @param ownBefore a claim of this run older than this: its lane would have given up on it long since
 */
public record InDoubt(Instant othersBefore, Instant ownBefore) {}
