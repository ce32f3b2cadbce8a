package nl.burgernet.application.reply;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import nl.burgernet.application.audit.AuditLog;
import nl.burgernet.domain.model.reply.AutoReply;
import nl.burgernet.domain.model.reply.BounceInfo;
import nl.burgernet.domain.model.reply.InboundMail;
import nl.burgernet.domain.model.reply.KeyMatch;
import nl.burgernet.domain.model.reply.ParsedReply;
import nl.burgernet.domain.model.reply.ReplyKey;
import nl.burgernet.domain.model.reply.UnreadableMail;
import nl.burgernet.infrastructure.reply.ReplyStore;

/**
 * Records one mail from the reply mailbox, in a transaction of its own, and says what became of it. Nothing is
 * dropped: a reply, auto-reply or bounce is stored against the delivery its key names; a mail without a known key
 * (forged, mistyped) or that could not be read goes to the quarantine with the whole original. A mail seen before
 * (the same bytes: the mailbox was read again after a crash) is recognised and not stored twice.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReplyRecorder {

    private static final Logger LOG = Logger.getLogger(ReplyRecorder.class.getName());

    /** What became of a mail. */
    public enum Outcome {
        TIP,
        AUTO_REPLY,
        UNSUBSCRIBED,
        BOUNCE,
        QUARANTINED,
        ALREADY_RECORDED
    }

    @Inject
    ReplyStore store;

    @Inject
    AuditLog audit;

    public Outcome record(byte[] raw, InboundMail mail) {
        String hash = sha256(raw);
        if (store.known(hash)) {
            return Outcome.ALREADY_RECORDED;
        }
        return switch (mail) {
            case ParsedReply reply -> reply(raw, hash, reply);
            case AutoReply auto -> autoReply(raw, hash, auto);
            case BounceInfo bounce -> bounce(raw, hash, bounce);
            case UnreadableMail unreadable ->
                quarantine(
                        "UNREADABLE",
                        unreadable.reason() + ": " + unreadable.detail(),
                        unreadable.messageId(),
                        hash,
                        raw);
        };
    }

    /**
     * A mail to {@code unsubscribe+KEY@} (the mailto in List-Unsubscribe): e-mail to the participant of that delivery
     * stops, whatever the mail says. An unknown key goes to the quarantine.
     */
    public Outcome unsubscribe(byte[] raw, String key, String messageId) {
        String hash = sha256(raw);
        if (store.known(hash)) {
            return Outcome.ALREADY_RECORDED;
        }
        Optional<KeyedDelivery> delivery = ReplyKey.parse(key).flatMap(k -> store.deliveryByKey(k.value()));
        if (delivery.isEmpty()) {
            return quarantine("UNKNOWN_KEY", "Unsubscribe mail for an unknown key", messageId, hash, raw);
        }
        KeyedDelivery d = delivery.get();
        store.insert(
                new ReplyStore.NewReply(
                        d,
                        "UNSUBSCRIBE",
                        Instant.now(),
                        null,
                        messageId,
                        hash,
                        null,
                        false,
                        false,
                        null,
                        null,
                        null,
                        false,
                        "List-Unsubscribe by mail"),
                List.of(),
                List.of());
        store.stopEmail(d.participantId());
        audit.recordAs(
                "resident",
                d.participantMunicipalityId(),
                "participant.unsubscribed",
                "participant",
                d.participantId(),
                "e-mail, by a mail to the unsubscribe address");
        return Outcome.UNSUBSCRIBED;
    }

    /** A mail the intake could not even classify (an exception in the parser or in storing): kept whole. */
    public Outcome quarantineFailed(byte[] raw, String why) {
        String hash = sha256(raw);
        if (store.known(hash)) {
            return Outcome.ALREADY_RECORDED;
        }
        return quarantine("FAILED", why, "", hash, raw);
    }

    private Outcome reply(byte[] raw, String hash, ParsedReply reply) {
        Optional<KeyedDelivery> delivery = delivery(reply.key());
        if (delivery.isEmpty()) {
            return quarantine("UNKNOWN_KEY", "No delivery has this reply key", reply.messageId(), hash, raw);
        }
        KeyedDelivery d = delivery.get();
        boolean verified = reply.sender().isFrom(d.participantEmail());
        store.insert(
                new ReplyStore.NewReply(
                        d,
                        "REPLY",
                        Instant.now(),
                        reply.sentAt().orElse(null),
                        reply.messageId(),
                        hash,
                        reply.sender().address(),
                        verified,
                        reply.forwarded(),
                        reply.subject(),
                        reply.text(),
                        reply.originalText(),
                        reply.fromHtml(),
                        verified ? null : "Sent from an address that is not the participant's"),
                reply.images(),
                reply.otherAttachments());
        return Outcome.TIP;
    }

    private Outcome autoReply(byte[] raw, String hash, AutoReply auto) {
        Optional<KeyedDelivery> delivery = auto.key().flatMap(this::delivery);
        if (delivery.isEmpty()) {
            return quarantine(
                    "NO_KEY", "Auto-reply without a known key: " + auto.signal(), auto.messageId(), hash, raw);
        }
        store.insert(
                new ReplyStore.NewReply(
                        delivery.get(),
                        "AUTO_REPLY",
                        Instant.now(),
                        null,
                        auto.messageId(),
                        hash,
                        null,
                        false,
                        false,
                        null,
                        null,
                        null,
                        false,
                        auto.signal() + ": " + auto.detail()),
                List.of(),
                List.of());
        return Outcome.AUTO_REPLY;
    }

    private Outcome bounce(byte[] raw, String hash, BounceInfo bounce) {
        Optional<KeyedDelivery> delivery = delivery(bounce.key());
        if (delivery.isEmpty()) {
            return quarantine("UNKNOWN_KEY", "Bounce for an unknown key", bounce.messageId(), hash, raw);
        }
        KeyedDelivery d = delivery.get();
        store.insert(
                new ReplyStore.NewReply(
                        d,
                        "BOUNCE",
                        Instant.now(),
                        null,
                        bounce.messageId(),
                        hash,
                        bounce.recipient(),
                        false,
                        false,
                        null,
                        null,
                        null,
                        false,
                        bounce.severity() + " " + bounce.status() + " " + bounce.diagnostic()),
                List.of(),
                List.of());
        Instant now = Instant.now();
        boolean stopped = store.addBounce(
                d.participantId(), (score, last) -> BounceScore.after(score, last, bounce.severity(), now));
        if (stopped) {
            audit.recordAs(
                    "system",
                    d.participantMunicipalityId(),
                    "participant.email-stopped",
                    "participant",
                    d.participantId(),
                    "bounce score reached " + BounceScore.STOP_AT);
        }
        return Outcome.BOUNCE;
    }

    private Outcome quarantine(String reason, String detail, String messageId, String hash, byte[] raw) {
        store.quarantine(reason, detail, messageId, hash, raw);
        LOG.info(() -> "Reply mailbox: a mail went to the quarantine (" + reason + ")");
        return Outcome.QUARANTINED;
    }

    private Optional<KeyedDelivery> delivery(KeyMatch key) {
        return store.deliveryByKey(key.key().value());
    }

    static String sha256(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
