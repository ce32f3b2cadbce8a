package nl.burgernet.application.channel;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import nl.burgernet.application.reply.KeyedDelivery;
import nl.burgernet.channel.api.DeliveryReport;
import nl.burgernet.channel.api.InboundMessage;
import nl.burgernet.domain.model.reply.ReplyKind;
import nl.burgernet.infrastructure.dispatch.DeliveryStore;
import nl.burgernet.infrastructure.dispatch.HeldReceipts;
import nl.burgernet.infrastructure.reply.InboundChannelMessages;
import nl.burgernet.infrastructure.reply.ReplyStore;

/**
 * Records what channels hear back, each event in a transaction of its own: receipts on the delivery they are about,
 * and residents' answers as replies to the latest alert that reached their address through that channel — the same
 * reply records e-mail answers go into, so they show live on the alert page. The sender is verified by address: an
 * answer is only ever tied to a delivery sent to the number it came from. An answer from an address no delivery went
 * to is kept in the quarantine, never dropped; one recorded before (the provider sent it again) is not recorded twice.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ChannelEventRecorder {

    private static final Logger LOG = Logger.getLogger(ChannelEventRecorder.class.getName());

    @Inject
    DeliveryStore deliveries;

    @Inject
    InboundChannelMessages inbound;

    @Inject
    ReplyStore replies;

    @Inject
    HeldReceipts held;

    /**
     * Applies a receipt; false when no sent delivery has the provider id yet. Then it is held: receipts often
     * overtake the result of the batch that sent the message, and {@link #applyHeld} applies them once it is recorded.
     */
    public boolean receipt(DeliveryReport report) {
        int applied = deliveries.recordReceipt(
                report.channelId(),
                report.municipalityCode(),
                report.providerId(),
                report.state().name(),
                report.detail(),
                report.at());
        if (applied == 0) {
            held.hold(new HeldReceipts.Held(
                    report.channelId(),
                    report.municipalityCode(),
                    report.providerId(),
                    report.state().name(),
                    report.detail(),
                    report.at(),
                    Instant.now()));
        }
        return applied > 0;
    }

    /**
     * Applies the held receipts whose delivery has been recorded since, and drops those held longer than {@code
     * keepFor} (their message was never recorded as sent by this portal). Answers how many were applied.
     */
    public int applyHeld(int max, Duration keepFor) {
        Instant tooOld = Instant.now().minus(keepFor);
        List<HeldReceipts.Held> done = new ArrayList<>();
        int applied = 0;
        int dropped = 0;
        for (HeldReceipts.Held r : held.oldest(max)) {
            if (deliveries.recordReceipt(
                            r.channel(), r.municipalityCode(), r.providerId(), r.receipt(), r.detail(), r.at())
                    > 0) {
                applied++;
                done.add(r);
            } else if (r.heldAt().isBefore(tooOld)) {
                dropped++;
                done.add(r);
            }
        }
        held.forget(done);
        if (dropped > 0) {
            int count = dropped;
            LOG.warning(() ->
                    count + " receipt(s) named a provider id no sent delivery had within " + keepFor + "; dropped");
        }
        return applied;
    }

    /** Records an answer; returns what it became. */
    public ReplyKind answer(InboundMessage message) {
        String hash = hash(message);
        if (!replies.knownHashes(Set.of(hash)).isEmpty()) {
            return ReplyKind.REPLY;
        }
        Optional<KeyedDelivery> delivery = inbound.latestKey(
                        message.channelId(), message.municipalityCode(), message.fromAddress())
                .flatMap(key -> Optional.ofNullable(
                        replies.deliveriesByKeys(Set.of(key)).get(key)));
        if (delivery.isEmpty()) {
            replies.quarantineAll(List.of(new ReplyStore.QuarantinedMail(
                    "NO_KEY",
                    "An answer through '" + message.channelId() + "' from " + message.fromAddress()
                            + ", to which no alert of " + message.municipalityCode() + " was sent",
                    message.providerId(),
                    hash,
                    message.text().getBytes(StandardCharsets.UTF_8))));
            return ReplyKind.UNREADABLE;
        }
        replies.insertAll(List.of(new ReplyStore.NewReply(
                delivery.get(),
                ReplyKind.REPLY.name(),
                message.receivedAt(),
                message.receivedAt(),
                message.providerId(),
                hash,
                message.fromAddress(),
                true,
                false,
                null,
                message.text(),
                message.text(),
                false,
                "Answered through '" + message.channelId() + "'",
                List.of(),
                List.of(),
                // The raw original, kept like a mail's: what the provider delivered, as text.
                message.text().getBytes(StandardCharsets.UTF_8))));
        return ReplyKind.REPLY;
    }

    /** The answer's identity: the same message delivered twice by the provider has the same hash. */
    static String hash(InboundMessage m) {
        String identity = m.providerId().isEmpty()
                ? m.channelId() + "|" + m.municipalityCode() + "|" + m.fromAddress() + "|" + m.receivedAt() + "|"
                        + m.text()
                : m.channelId() + "|" + m.municipalityCode() + "|" + m.fromAddress() + "|" + m.providerId();
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
