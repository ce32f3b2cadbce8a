package nl.burgernet.application.dispatch;

/** Which message, channel and language a batch is about, and how many deliveries it was written with. */
public record BatchHead(long batchId, long alertId, long messageId, String channel, String language, int size) {}
