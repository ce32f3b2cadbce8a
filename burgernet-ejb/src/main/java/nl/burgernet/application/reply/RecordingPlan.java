package nl.burgernet.application.reply;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.burgernet.application.reply.ReplyRecorder.Outcome;
import nl.burgernet.domain.model.reply.AutoReply;
import nl.burgernet.domain.model.reply.BounceInfo;
import nl.burgernet.domain.model.reply.BounceSeverity;
import nl.burgernet.domain.model.reply.KeyMatch;
import nl.burgernet.domain.model.reply.ParsedReply;
import nl.burgernet.domain.model.reply.ReplyKey;
import nl.burgernet.domain.model.reply.UnreadableMail;
import nl.burgernet.infrastructure.reply.ReplyStore.NewReply;
import nl.burgernet.infrastructure.reply.ReplyStore.QuarantinedMail;

/**
 * What recording a chunk of mails writes, decided before anything is written, from what the database already knows:
 * the hashes of mails recorded before and the deliveries the mails' keys name. Each mail gets one outcome: stored
 * against its delivery (a tip, an auto-reply, a bounce, an unsubscribe), quarantined whole (unknown key, unreadable),
 * or recognised as already recorded (the same bytes were recorded before, or earlier in this chunk).
 */
final class RecordingPlan {

    /** A bounce to add to the participant's score, in the order the mails came. */
    record Bounce(KeyedDelivery delivery, BounceSeverity severity) {}

    private final List<Outcome> outcomes = new ArrayList<>();
    private final List<NewReply> replies = new ArrayList<>();
    private final List<QuarantinedMail> quarantined = new ArrayList<>();
    private final List<Bounce> bounces = new ArrayList<>();
    private final List<KeyedDelivery> unsubscribes = new ArrayList<>();

    private RecordingPlan() {}

    /** The keys the mails name (lower case, as deliveries are looked up), for one lookup of their deliveries. */
    static Set<String> keysOf(List<ReceivedMail> mails) {
        Set<String> keys = new LinkedHashSet<>();
        for (ReceivedMail mail : mails) {
            key(mail).ifPresent(k -> keys.add(k.toLowerCase(Locale.ROOT)));
        }
        return keys;
    }

    /**
     * @param hashes the SHA-256 of each mail's bytes, in the order of {@code mails}
     * @param knownHashes those of the hashes that a reply or a quarantined mail already has
     * @param deliveries the delivery of each known key, by lower-case key
     */
    static RecordingPlan of(
            List<ReceivedMail> mails,
            List<String> hashes,
            Set<String> knownHashes,
            Map<String, KeyedDelivery> deliveries,
            Instant now) {
        RecordingPlan plan = new RecordingPlan();
        Set<String> seen = new HashSet<>(knownHashes);
        for (int i = 0; i < mails.size(); i++) {
            ReceivedMail mail = mails.get(i);
            String hash = hashes.get(i);
            if (!seen.add(hash)) {
                plan.outcomes.add(Outcome.ALREADY_RECORDED);
                continue;
            }
            Optional<KeyedDelivery> delivery = key(mail).map(k -> deliveries.get(k.toLowerCase(Locale.ROOT)));
            plan.outcomes.add(plan.decide(mail, hash, delivery, now));
        }
        return plan;
    }

    private Outcome decide(ReceivedMail received, String hash, Optional<KeyedDelivery> delivery, Instant now) {
        byte[] raw = received.raw();
        return switch (received) {
            case ReceivedMail.Unparsable u -> quarantine("FAILED", u.why(), "", hash, raw);
            case ReceivedMail.Unsubscribe u -> {
                if (delivery.isEmpty()) {
                    yield quarantine("UNKNOWN_KEY", "Unsubscribe mail for an unknown key", u.messageId(), hash, raw);
                }
                replies.add(
                        row(delivery.get(), "UNSUBSCRIBE", now, u.messageId(), hash, "List-Unsubscribe by mail", null));
                unsubscribes.add(delivery.get());
                yield Outcome.UNSUBSCRIBED;
            }
            case ReceivedMail.Classified c ->
                switch (c.mail()) {
                    case ParsedReply reply -> {
                        if (delivery.isEmpty()) {
                            yield quarantine(
                                    "UNKNOWN_KEY", "No delivery has this reply key", reply.messageId(), hash, raw);
                        }
                        replies.add(tip(delivery.get(), reply, hash, now));
                        yield Outcome.TIP;
                    }
                    case AutoReply auto -> {
                        if (delivery.isEmpty()) {
                            yield quarantine(
                                    "NO_KEY",
                                    "Auto-reply without a known key: " + auto.signal(),
                                    auto.messageId(),
                                    hash,
                                    raw);
                        }
                        replies.add(notATip(
                                delivery.get(),
                                "AUTO_REPLY",
                                auto.asTip(),
                                now,
                                auto.messageId(),
                                hash,
                                auto.signal() + ": " + auto.detail(),
                                raw));
                        yield Outcome.AUTO_REPLY;
                    }
                    case BounceInfo bounce -> {
                        if (delivery.isEmpty()) {
                            yield quarantine("UNKNOWN_KEY", "Bounce for an unknown key", bounce.messageId(), hash, raw);
                        }
                        replies.add(notATip(
                                delivery.get(),
                                "BOUNCE",
                                bounce.asTip(),
                                now,
                                bounce.messageId(),
                                hash,
                                bounce.severity() + " " + bounce.status() + " " + bounce.diagnostic()
                                        + (bounce.recipient().isEmpty() ? "" : " (" + bounce.recipient() + ")"),
                                raw));
                        bounces.add(new Bounce(delivery.get(), bounce.severity()));
                        yield Outcome.BOUNCE;
                    }
                    case UnreadableMail unreadable ->
                        quarantine(
                                "UNREADABLE",
                                unreadable.reason() + ": " + unreadable.detail(),
                                unreadable.messageId(),
                                hash,
                                raw);
                };
        };
    }

    private static NewReply tip(KeyedDelivery d, ParsedReply reply, String hash, Instant now) {
        return asRow(d, "REPLY", reply, hash, now, null, null);
    }

    /**
     * An auto-reply or a bounce, stored with its text as a tip would be and with the whole original, so that an
     * operator can read it and re-file it as a tip; without a readable text, only what it says happened.
     */
    private static NewReply notATip(
            KeyedDelivery d,
            String kind,
            Optional<ParsedReply> asTip,
            Instant now,
            String messageId,
            String hash,
            String detail,
            byte[] raw) {
        if (asTip.isEmpty()) {
            return row(d, kind, now, messageId, hash, detail, raw);
        }
        return asRow(d, kind, asTip.get(), hash, now, detail, raw);
    }

    private static NewReply asRow(
            KeyedDelivery d, String kind, ParsedReply reply, String hash, Instant now, String detail, byte[] raw) {
        boolean verified = reply.sender().isFrom(d.participantEmail());
        String unverified = verified ? null : "Sent from an address that is not the participant's";
        return new NewReply(
                d,
                kind,
                now,
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
                detail == null ? unverified : detail,
                reply.images(),
                reply.otherAttachments(),
                raw);
    }

    /** A row without text: an auto-reply or an unsubscribe, which only say that something happened. */
    private static NewReply row(
            KeyedDelivery d, String kind, Instant now, String messageId, String hash, String detail, byte[] raw) {
        return new NewReply(
                d, kind, now, null, messageId, hash, null, false, false, null, null, null, false, detail, List.of(),
                List.of(), raw);
    }

    private Outcome quarantine(String reason, String detail, String messageId, String hash, byte[] raw) {
        quarantined.add(new QuarantinedMail(reason, detail, messageId, hash, raw));
        return Outcome.QUARANTINED;
    }

    /** The key a mail names, as written in it; empty for mail without one (unreadable, a keyless auto-reply). */
    private static Optional<String> key(ReceivedMail mail) {
        return switch (mail) {
            case ReceivedMail.Unparsable u -> Optional.empty();
            case ReceivedMail.Unsubscribe u -> ReplyKey.parse(u.key()).map(ReplyKey::value);
            case ReceivedMail.Classified c ->
                switch (c.mail()) {
                    case ParsedReply reply -> Optional.of(valueOf(reply.key()));
                    case AutoReply auto -> auto.key().map(RecordingPlan::valueOf);
                    case BounceInfo bounce -> Optional.of(valueOf(bounce.key()));
                    case UnreadableMail unreadable -> Optional.empty();
                };
        };
    }

    private static String valueOf(KeyMatch match) {
        return match.key().value();
    }

    /** One outcome per mail, in the order of the mails. */
    List<Outcome> outcomes() {
        return outcomes;
    }

    List<NewReply> replies() {
        return replies;
    }

    List<QuarantinedMail> quarantined() {
        return quarantined;
    }

    List<Bounce> bounces() {
        return bounces;
    }

    List<KeyedDelivery> unsubscribes() {
        return unsubscribes;
    }
}
