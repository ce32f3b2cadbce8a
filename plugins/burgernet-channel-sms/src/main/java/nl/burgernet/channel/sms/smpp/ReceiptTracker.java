package nl.burgernet.channel.sms.smpp;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Logger;
import nl.burgernet.channel.api.DeliveryReport;
import nl.burgernet.channel.api.DeliveryReport.State;

/**
 * Turns the SMSC's receipts, one per part, into one report per message, under the id the channel returned for it (the
 * first part's message id): DELIVERED once every part is, UNDELIVERABLE as soon as one part is not. A receipt that
 * overtakes its own submit_sm_resp (they are handled on different threads) waits briefly for it; one for a message
 * this process did not send (sent before a restart) is reported under its own id, which for a message of one part is
 * the id the core knows.
 */
final class ReceiptTracker {

    private static final Logger LOG = Logger.getLogger(ReceiptTracker.class.getName());
    private static final Duration WAIT_FOR_SUBMIT = Duration.ofSeconds(2);
    private static final Duration FORGET_AFTER = Duration.ofDays(3);

    /** One part's receipt as the SMSC gave it. */
    record Receipt(String partId, State state, String detail, Instant at) {}

    private final String channelId;
    private final String municipalityCode;
    private final ScheduledExecutorService timers;
    private final Consumer<DeliveryReport> reports;
    private final Map<String, Message> byPartId = new ConcurrentHashMap<>();
    private final Map<String, Message> byProviderId = new ConcurrentHashMap<>();
    private final Map<String, Receipt> early = new ConcurrentHashMap<>();
    private long registrations;

    ReceiptTracker(
            String channelId,
            String municipalityCode,
            ScheduledExecutorService timers,
            Consumer<DeliveryReport> reports) {
        this.channelId = channelId;
        this.municipalityCode = municipalityCode;
        this.timers = timers;
        this.reports = reports;
    }

    /** The SMSC accepted part {@code partId} of the message known as {@code providerId}, which has {@code parts}. */
    void partSent(String providerId, String partId, int parts) {
        Message message = byProviderId.computeIfAbsent(providerId, id -> new Message(id, parts));
        byPartId.put(partId, message);
        Receipt overtaken = early.remove(partId);
        if (overtaken != null) {
            try {
                apply(message, overtaken);
            } catch (RuntimeException e) {
                LOG.warning(() -> "A receipt for " + providerId + " could not be reported: " + e);
            }
        }
        if (++registrations % 10_000 == 0) {
            forgetOld();
        }
    }

    /** A receipt arrived; reports the message's outcome when this receipt decides it. */
    void receipt(Receipt receipt) {
        Message message = byPartId.get(receipt.partId());
        if (message != null) {
            apply(message, receipt);
            return;
        }
        early.put(receipt.partId(), receipt);
        timers.schedule(() -> unmatched(receipt.partId()), WAIT_FOR_SUBMIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** How many messages still wait for receipts; for tests. */
    int waiting() {
        return byProviderId.size();
    }

    private void unmatched(String partId) {
        Receipt receipt = early.remove(partId);
        if (receipt != null) {
            report(new DeliveryReport(
                    channelId, municipalityCode, partId, receipt.state(), receipt.detail(), receipt.at()));
        }
    }

    /**
     * Applies a receipt of a known message. When the core cannot record the report it decides, the receipt is taken
     * back and the exception goes up, so that the SMSC is not acknowledged and sends the receipt again.
     */
    private void apply(Message message, Receipt receipt) {
        DeliveryReport decided = message.add(receipt, channelId, municipalityCode);
        if (decided != null) {
            try {
                reports.accept(decided);
            } catch (RuntimeException e) {
                message.undo(receipt);
                throw e;
            }
        }
        byPartId.remove(receipt.partId());
        if (message.complete()) {
            byProviderId.remove(message.providerId);
        }
    }

    private void report(DeliveryReport report) {
        try {
            reports.accept(report);
        } catch (RuntimeException e) {
            LOG.warning(() -> "A receipt for " + report.providerId() + " could not be reported: " + e);
        }
    }

    private void forgetOld() {
        Instant before = Instant.now().minus(FORGET_AFTER);
        byProviderId.values().removeIf(m -> m.registered.isBefore(before));
        byPartId.values().removeIf(m -> m.registered.isBefore(before));
    }

    /** The receipts of one message so far. */
    private static final class Message {
        private final String providerId;
        private final int parts;
        private final Instant registered = Instant.now();
        private final java.util.Set<String> received = new java.util.HashSet<>();
        private String reportedBy;

        Message(String providerId, int parts) {
            this.providerId = providerId;
            this.parts = parts;
        }

        /** Adds a part's receipt; the report when this one decides the message's outcome, else null. */
        synchronized DeliveryReport add(Receipt receipt, String channelId, String municipalityCode) {
            if (!received.add(receipt.partId()) || reportedBy != null) {
                return null; // the SMSC repeated a receipt, or the outcome is known already
            }
            if (receipt.state() == State.UNDELIVERABLE || received.size() >= parts) {
                reportedBy = receipt.partId();
                String detail = parts > 1
                        ? receipt.detail() + " (" + received.size() + " of " + parts + " parts)"
                        : receipt.detail();
                return new DeliveryReport(
                        channelId, municipalityCode, providerId, receipt.state(), detail, receipt.at());
            }
            return null;
        }

        /** Forgets a receipt whose report the core could not record: the SMSC will send it again. */
        synchronized void undo(Receipt receipt) {
            received.remove(receipt.partId());
            if (receipt.partId().equals(reportedBy)) {
                reportedBy = null;
            }
        }

        synchronized boolean complete() {
            return received.size() >= parts;
        }
    }
}
