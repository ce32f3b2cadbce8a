package nl.burgernet.application.reply;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.burgernet.application.audit.AuditLog;
import nl.burgernet.application.reply.KeyedDelivery.ContactKey;
import nl.burgernet.infrastructure.reply.ReplyStore;
import nl.burgernet.infrastructure.reply.ReplyStore.BounceState;
import nl.burgernet.infrastructure.reply.ReplyStore.QuarantinedMail;

/**
 * Records mails from the reply mailbox, a chunk at a time in a transaction of its own, and says what became of each.
 * Nothing is dropped: a reply, auto-reply, bounce or unsubscribe is stored against the delivery its key names; a mail
 * without a known key (forged, mistyped) or that could not be read goes to the quarantine with the whole original. A
 * mail seen before (the same bytes: the mailbox was read again after a crash) is recognised and not stored twice.
 *
 * <p>A chunk commits or fails as a whole; the intake then records its mails one by one (a chunk of one), so that one
 * mail the database refuses costs only itself, and that one goes to {@link #quarantineFailed}.
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

    /** Records the mails in one transaction; one outcome per mail, in their order. */
    public List<Outcome> recordAll(List<ReceivedMail> mails) {
        Instant now = Instant.now();
        List<String> hashes = mails.stream().map(m -> sha256(m.raw())).toList();
        RecordingPlan plan = RecordingPlan.of(
                mails, hashes, store.knownHashes(hashes), store.deliveriesByKeys(RecordingPlan.keysOf(mails)), now);
        store.insertAll(plan.replies());
        store.quarantineAll(plan.quarantined());
        addBounces(plan.bounces(), now);
        unsubscribe(plan.unsubscribes());
        if (!plan.quarantined().isEmpty()) {
            LOG.info(() -> "Reply mailbox: " + plan.quarantined().size() + " mail(s) went to the quarantine "
                    + plan.quarantined().stream()
                            .collect(Collectors.groupingBy(
                                    QuarantinedMail::reason, TreeMap::new, Collectors.counting())));
        }
        return plan.outcomes();
    }

    /** A mail the intake could not record otherwise (storing it failed): kept whole, with the reason. */
    public Outcome quarantineFailed(byte[] raw, String why) {
        String hash = sha256(raw);
        if (!store.knownHashes(List.of(hash)).isEmpty()) {
            return Outcome.ALREADY_RECORDED;
        }
        store.quarantineAll(List.of(new QuarantinedMail("FAILED", why, "", hash, raw)));
        LOG.info("Reply mailbox: a mail went to the quarantine (FAILED)");
        return Outcome.QUARANTINED;
    }

    /**
     * Adds each bounce to the score of the contact point it bounced from (the participant's contact of the
     * delivery's channel), in the order the mails came; a contact whose score reaches the threshold is failing (that
     * channel sends it nothing more), and each bounce at or over it is audited.
     */
    private void addBounces(List<RecordingPlan.Bounce> bounces, Instant now) {
        if (bounces.isEmpty()) {
            return;
        }
        Map<ContactKey, BounceState> states = store.lockBounceStates(
                bounces.stream().map(b -> b.delivery().contact()).toList());
        Map<ContactKey, Double> scores = new LinkedHashMap<>();
        Set<ContactKey> stopped = new HashSet<>();
        for (RecordingPlan.Bounce bounce : bounces) {
            ContactKey contact = bounce.delivery().contact();
            long participant = contact.participantId();
            BounceState state = states.get(contact);
            if (state == null) {
                continue;
            }
            double score = BounceScore.after(state.score(), state.lastBounce(), bounce.severity(), now);
            states.put(contact, new BounceState(score, now));
            scores.put(contact, score);
            if (BounceScore.stopsEmail(score)) {
                stopped.add(contact);
                audit.recordAs(
                        "system",
                        bounce.delivery().participantMunicipalityId(),
                        "participant.email-stopped",
                        "participant",
                        participant,
                        contact.channel() + ": bounce score reached " + BounceScore.STOP_AT);
            }
        }
        store.updateBounceStates(scores, stopped, now);
    }

    /** The channel of the delivery the key names off, for each participant who mailed the unsubscribe address. */
    private void unsubscribe(List<KeyedDelivery> deliveries) {
        store.stopContacts(deliveries.stream().map(KeyedDelivery::contact).toList());
        for (KeyedDelivery d : deliveries) {
            audit.recordAs(
                    "resident",
                    d.participantMunicipalityId(),
                    "participant.unsubscribed",
                    "participant",
                    d.participantId(),
                    d.channel() + ", by a mail to the unsubscribe address");
        }
    }

    static String sha256(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
