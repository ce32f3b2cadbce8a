package nl.burgernet.channel.sms.smpp;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import nl.burgernet.channel.api.DeliveryResult;
import nl.burgernet.channel.api.Recipient;
import nl.burgernet.channel.sms.text.SmsParts;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.SMPPSession;

/**
 * One batch over one bind: as many workers as the window allows each take the next recipient and submit its parts in
 * order. A part the SMSC did not acknowledge (the connection dropped, no answer) is submitted again on the next bind;
 * an acknowledged part is never submitted again. "Busy" answers (ESME_RTHROTTLED, ESME_RMSGQFUL) pause everyone on the
 * bind with a growing pause, up to a bound, after which the recipient is retried later by the core.
 */
public final class BatchDelivery {

    /** E.164: a '+', a country code that does not start with 0, up to 15 digits in all. */
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    static final int MOST_BUSY_ANSWERS = 8;
    static final int MOST_LOST_SUBMITS = 5;
    private static final Duration FIRST_BUSY_PAUSE = Duration.ofMillis(100);
    private static final Duration LONGEST_BUSY_PAUSE = Duration.ofSeconds(5);
    private static final Duration RETRY_WHEN_BUSY = Duration.ofMinutes(1);
    private static final Duration RETRY_WHEN_UNREACHABLE = Duration.ofMinutes(1);
    private static final Duration RETRY_WHEN_REFUSED = Duration.ofMinutes(15);
    private static final Duration RETRY_WHEN_SMSC_FAILED = Duration.ofMinutes(5);

    private final SmscLink link;
    private final ExecutorService workers;
    private final SmsParts text;
    private final long deadlineNanos;

    /**
     * @param text the message, cut into parts, rendered once for the batch (its concatenation reference is set per
     *     recipient)
     * @param timeLimit how long the batch may take; recipients not reached by then are retried
     */
    public BatchDelivery(SmscLink link, ExecutorService workers, SmsParts text, Duration timeLimit) {
        this.link = link;
        this.workers = workers;
        this.text = text;
        this.deadlineNanos = System.nanoTime() + timeLimit.toNanos();
    }

    public List<DeliveryResult> deliver(List<Recipient> recipients) {
        DeliveryResult[] results = new DeliveryResult[recipients.size()];
        AtomicInteger next = new AtomicInteger();
        int count = Math.min(link.settings().window(), recipients.size());
        List<CompletableFuture<Void>> running = new ArrayList<>(count);
        for (int w = 0; w < count; w++) {
            running.add(CompletableFuture.runAsync(
                    () -> {
                        for (int i = next.getAndIncrement(); i < results.length; i = next.getAndIncrement()) {
                            results[i] = deliverOne(recipients.get(i));
                        }
                    },
                    workers));
        }
        running.forEach(CompletableFuture::join);
        return List.of(results);
    }

    private DeliveryResult deliverOne(Recipient recipient) {
        long id = recipient.deliveryId();
        if (!E164.matcher(recipient.address()).matches()) {
            return new DeliveryResult.Failed(
                    id, "not a mobile number in international format (+31612345678): the SMS was not sent");
        }
        String destination = recipient.address().substring(1);
        List<byte[]> payloads = withReference(ThreadLocalRandom.current().nextInt(256));
        String providerId = null;
        int part = 0;
        int busy = 0;
        int lost = 0;
        try {
            while (part < payloads.size()) {
                if (System.nanoTime() - deadlineNanos > 0) {
                    return new DeliveryResult.Retry(
                            id, "the batch ran out of time before this SMS was sent", RETRY_WHEN_BUSY);
                }
                SMPPSession session;
                try {
                    session = link.boundSession();
                } catch (SmscUnavailable e) {
                    return new DeliveryResult.Retry(
                            id, e.getMessage(), e.refused() ? RETRY_WHEN_REFUSED : RETRY_WHEN_UNREACHABLE);
                }
                if (!link.rate().acquire(deadlineNanos)) {
                    return new DeliveryResult.Retry(
                            id, "the batch ran out of time before this SMS was sent", RETRY_WHEN_BUSY);
                }
                try {
                    String partId =
                            link.submit(session, destination, payloads.get(part), text.concatenated(), text.encoding());
                    providerId = providerId == null ? partId : providerId;
                    link.partAccepted(providerId, partId, payloads.size());
                    link.rate().accepted();
                    part++;
                    busy = 0;
                } catch (NegativeResponseException e) {
                    int status = e.getCommandStatus();
                    switch (SmppStatus.of(status)) {
                        case BUSY -> {
                            if (++busy > MOST_BUSY_ANSWERS) {
                                return new DeliveryResult.Retry(
                                        id,
                                        "the SMSC stayed busy (" + SmppStatus.describe(status) + ")",
                                        RETRY_WHEN_BUSY);
                            }
                            link.rate().busy(busyPause(busy));
                        }
                        case PERMANENT -> {
                            return new DeliveryResult.Failed(
                                    id, "the SMSC refused this number (" + SmppStatus.describe(status) + ")");
                        }
                        default -> {
                            return new DeliveryResult.Retry(
                                    id,
                                    "the SMSC did not take the SMS (" + SmppStatus.describe(status) + ")",
                                    RETRY_WHEN_SMSC_FAILED);
                        }
                    }
                } catch (IOException | ResponseTimeoutException | InvalidResponseException e) {
                    // Not acknowledged: the SMSC does not have this part. Submit it again on a fresh bind.
                    link.broken(session);
                    if (++lost > MOST_LOST_SUBMITS) {
                        return new DeliveryResult.Retry(
                                id,
                                "the connection to the SMSC kept failing ("
                                        + e.getClass().getSimpleName() + ": " + e.getMessage() + ")",
                                RETRY_WHEN_UNREACHABLE);
                    }
                    Thread.sleep(100L * lost);
                } catch (PDUException e) {
                    return new DeliveryResult.Failed(id, "the SMS could not be put into SMPP: " + e.getMessage());
                }
            }
            return new DeliveryResult.Sent(id, providerId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DeliveryResult.Retry(id, "the SMS channel was stopped", RETRY_WHEN_UNREACHABLE);
        }
    }

    private static Duration busyPause(int busyAnswers) {
        long millis = FIRST_BUSY_PAUSE.toMillis() << Math.min(10, busyAnswers - 1);
        return Duration.ofMillis(Math.min(millis, LONGEST_BUSY_PAUSE.toMillis()));
    }

    /** The parts with this recipient's concatenation reference: two messages to one phone must not mix. */
    private List<byte[]> withReference(int reference) {
        if (!text.concatenated()) {
            return text.payloads();
        }
        List<byte[]> payloads = new ArrayList<>(text.payloads().size());
        for (byte[] template : text.payloads()) {
            byte[] payload = template.clone();
            payload[3] = (byte) reference;
            payloads.add(payload);
        }
        return payloads;
    }
}
