package nl.burgernet.application.resident;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.burgernet.application.audit.AuditLog;
import nl.burgernet.application.participant.ContactState;
import nl.burgernet.domain.model.audit.AuditEntry;
import nl.burgernet.domain.model.participant.Language;
import nl.burgernet.domain.model.participant.Participant;
import nl.burgernet.domain.model.participant.ParticipantDetails;
import nl.burgernet.domain.model.participant.ParticipantStatus;
import nl.burgernet.infrastructure.tenancy.TenantContext;
import nl.burgernet.infrastructure.tenancy.Tenanted;

/**
 * The resident's actions on their own registration, inside one municipality (set by {@link ResidentService} from the
 * link) and one transaction each. Every method first checks the link against the participant it names; a link for
 * another municipality's participant finds nobody, because the tenant filter hides them. Audited with actor
 * {@value #ACTOR} and never with contact details. Only {@link ResidentService} calls this.
 */
@Stateless
@Tenanted
public class ResidentAccounts {

    static final String ACTOR = "resident";

    @PersistenceContext(unitName = "burgernet")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    ResidentLinks links;

    /** A new participant awaiting confirmation, or the one registered here with this address already. */
    public MailOrder register(ParticipantDetails details, Instant now) {
        Optional<Participant> existing = byEmail(details.email());
        if (existing.isEmpty()) {
            Participant p = new Participant(ParticipantStatus.AWAITING_CONFIRMATION, ResidentLinks.newLinkKey());
            p.update(details);
            em.persist(p);
            em.flush();
            audit("RESIDENT_SIGNED_UP", p, null);
            return confirmMail(ResidentMailKind.CONFIRM_SIGN_UP, p, now);
        }
        Participant p = existing.get();
        audit("RESIDENT_SIGNED_UP_AGAIN", p, null);
        if (p.status() == ParticipantStatus.AWAITING_CONFIRMATION) {
            // Nothing confirmed yet, so nothing to protect: take the newer form and send a fresh link.
            p.update(details);
            return confirmMail(ResidentMailKind.CONFIRM_SIGN_UP, p, now);
        }
        // A confirmed registration is never changed by an unconfirmed form; its owner just gets a (fresh) link. The
        // links they have keep working: whoever typed their address into the form ends nothing.
        return manageMail(ResidentMailKind.ALREADY_REGISTERED, p, now);
    }

    public ConfirmOutcome confirm(LinkToken t, Instant now) {
        Participant p = find(t);
        if (p == null) {
            return ConfirmOutcome.invalid();
        }
        return switch (links.checkConfirm(t, p.linkKey(), p.email(), now)) {
            case INVALID -> ConfirmOutcome.invalid();
            case EXPIRED -> new ConfirmOutcome(ConfirmOutcome.Status.EXPIRED, Optional.empty(), Optional.empty());
            case VALID -> {
                if (p.status() == ParticipantStatus.AWAITING_CONFIRMATION) {
                    p.confirm(now);
                    audit("RESIDENT_CONFIRMED", p, null);
                }
                yield new ConfirmOutcome(
                        ConfirmOutcome.Status.CONFIRMED,
                        Optional.empty(),
                        Optional.of(links.manageToken(tenant(), p.id(), p.linkKey(), now)));
            }
        };
    }

    /**
     * The mail for "send me my link": a confirmation again while unconfirmed, else a fresh manage link. Nothing is
     * invalidated: anyone can type anyone's address into that form, and the mail may well be throttled.
     */
    public Optional<MailOrder> personalLink(long participantId, Instant now) {
        Participant p = em.find(Participant.class, participantId);
        if (p == null) {
            return Optional.empty();
        }
        audit("RESIDENT_LINK_REQUESTED", p, null);
        if (p.status() == ParticipantStatus.AWAITING_CONFIRMATION) {
            return Optional.of(confirmMail(ResidentMailKind.CONFIRM_SIGN_UP, p, now));
        }
        return Optional.of(manageMail(ResidentMailKind.PERSONAL_LINK, p, now));
    }

    public Optional<ResidentAccount> open(LinkToken t, String municipalityName) {
        return manageable(t).map(p -> {
            audit("RESIDENT_VIEWED_OWN_DATA", p, null);
            return new ResidentAccount(municipalityName, p.status(), p.details(), p.createdAt(), p.confirmedAt());
        });
    }

    /**
     * Saves the settings page. A new e-mail address is confirmed before it is used: the registration waits, its links
     * die, and the new address gets a confirmation. If the new address is registered here already, the address is
     * left as it was and that address's owner gets their link instead; the page answers the same either way.
     */
    public Saved update(LinkToken t, ParticipantDetails edited, Instant now) {
        Optional<Participant> found = manageable(t);
        if (found.isEmpty()) {
            return new Saved(false, Optional.empty());
        }
        Participant p = found.get();
        ParticipantDetails before = p.details();
        boolean newEmail = !before.email().equalsIgnoreCase(edited.email());
        Optional<MailOrder> mail = Optional.empty();
        // The display name is the municipality's to set; the form does not show it.
        ParticipantDetails toStore = edited.withEmailAndDisplayName(edited.email(), before.displayName());
        if (newEmail) {
            Optional<Participant> owner = byEmail(edited.email());
            if (owner.isPresent()) {
                toStore = edited.withEmailAndDisplayName(before.email(), before.displayName());
                audit("RESIDENT_SIGNED_UP_AGAIN", owner.get(), null);
                mail = Optional.of(manageMail(ResidentMailKind.ALREADY_REGISTERED, owner.get(), now));
            }
        }
        p.update(toStore);
        if (newEmail && mail.isEmpty()) {
            p.awaitConfirmationOfNewEmail(ResidentLinks.newLinkKey());
            mail = Optional.of(confirmMail(ResidentMailKind.CONFIRM_NEW_EMAIL, p, now));
        }
        audit("RESIDENT_UPDATED", p, changedFields(before, edited));
        return new Saved(true, mail);
    }

    /** The outcome of {@link #update}: whether the link was valid, and the mail to send after the commit. */
    public record Saved(boolean linkValid, Optional<MailOrder> mail) {}

    /** "Turn e-mail back on": these channels (the municipality's e-mail channels) on again. */
    public boolean resubscribe(LinkToken t, List<String> emailChannels) {
        return withPreferences(t)
                .map(p -> {
                    emailChannels.forEach(p::switchOn);
                    audit("RESIDENT_EMAIL_ON", p, null);
                    return true;
                })
                .orElse(false);
    }

    /** The preferences page of an alert message's link (a manage link opens it too): channels only. */
    public Optional<ResidentPreferences> preferences(LinkToken t, String municipalityName) {
        return withPreferences(t)
                .map(p -> new ResidentPreferences(
                        municipalityName,
                        p.contacts().stream()
                                .filter(c -> c.address() != null && !c.address().isBlank())
                                .map(c -> new ResidentPreferences.Channel(c.channel(), c.enabled()))
                                .toList()));
    }

    /**
     * The preferences page's save: these channels on, the others the resident has an address for off. Only channels
     * offered here and with an address change; a channel without an address needs the manage link (to give one).
     */
    public boolean setChannels(LinkToken t, List<String> offered, Set<String> on, Instant now) {
        Optional<Participant> found = withPreferences(t);
        found.ifPresent(p -> {
            List<String> changed = new ArrayList<>();
            for (var c : p.contacts()) {
                if (!offered.contains(c.channel())
                        || c.address() == null
                        || c.address().isBlank()) {
                    continue;
                }
                boolean wanted = on.contains(c.channel());
                if (wanted && !c.enabled()) {
                    p.switchOn(c.channel());
                    changed.add(c.channel() + " on");
                } else if (!wanted && c.enabled()) {
                    p.unsubscribe(c.channel(), now);
                    changed.add(c.channel() + " off");
                }
            }
            audit(
                    "RESIDENT_CHANNELS_SET",
                    p,
                    changed.isEmpty() ? "nothing changed" : "preferences link: " + String.join(", ", changed));
        });
        return found.isPresent();
    }

    /** From the preferences page: a manage link, mailed to the address on record (never shown on the page). */
    public Optional<MailOrder> manageLinkByMail(LinkToken t, Instant now) {
        return withPreferences(t)
                .filter(p -> p.status() != ParticipantStatus.AWAITING_CONFIRMATION)
                .map(p -> {
                    audit("RESIDENT_LINK_REQUESTED", p, "from the preferences page");
                    return manageMail(ResidentMailKind.PERSONAL_LINK, p, now);
                });
    }

    /** What a link to the settings page opens for its participant now. */
    public ResidentLinks.Access access(LinkToken t) {
        Participant p = find(t);
        return p == null ? ResidentLinks.Access.NONE : links.checkManage(t, p.linkKey(), Instant.now());
    }

    /** For the page before a change (unsubscribe button, erase confirmation): checks the link, changes nothing. */
    public boolean isManageable(LinkToken t) {
        return manageable(t).isPresent();
    }

    /** What an unsubscribe link would do, without doing it (GET must never unsubscribe: link scanners fetch it). */
    public Optional<UnsubscribeOutcome> unsubscribePreview(LinkToken t, String channel, String municipalityName) {
        Participant p = find(t);
        if (p == null || !links.isUnsubscribe(t, channel)) {
            return Optional.empty();
        }
        boolean allOff = channelsOf(p, channel).stream().noneMatch(p::isOn);
        return Optional.of(new UnsubscribeOutcome(municipalityName, language(p), allOff));
    }

    /**
     * One-click unsubscribe: the channel the message came through off; idempotent, because mail clients may POST
     * twice. A link without a channel (sent before links named one) turns off the channels at the participant's
     * e-mail address.
     */
    public Optional<UnsubscribeOutcome> unsubscribe(LinkToken t, String channel, String municipalityName, Instant now) {
        Participant p = find(t);
        if (p == null || !links.isUnsubscribe(t, channel)) {
            return Optional.empty();
        }
        List<String> turnedOff = new ArrayList<>();
        for (String c : channelsOf(p, channel)) {
            if (p.unsubscribe(c, now)) {
                turnedOff.add(c);
            }
        }
        if (!turnedOff.isEmpty()) {
            audit("RESIDENT_EMAIL_OFF", p, "one-click unsubscribe: " + String.join(", ", turnedOff));
        }
        return Optional.of(new UnsubscribeOutcome(municipalityName, language(p), turnedOff.isEmpty()));
    }

    /** The link's channel, or for a link without one the contacts that use the participant's e-mail address. */
    private static List<String> channelsOf(Participant p, String channel) {
        if (channel != null && !channel.isBlank()) {
            return List.of(channel);
        }
        return p.contacts().stream()
                .filter(c -> p.email() != null && p.email().equalsIgnoreCase(c.address()))
                .map(c -> c.channel())
                .toList();
    }

    public Optional<PersonalData> export(LinkToken t, String municipalityName, String cbsCode) {
        return manageable(t).map(p -> {
            audit("RESIDENT_DATA_EXPORTED", p, null);
            return new PersonalData(
                    municipalityName,
                    cbsCode,
                    p.id(),
                    p.status(),
                    p.details(),
                    p.createdAt(),
                    p.confirmedAt(),
                    p.unsubscribedAt(),
                    ContactState.of(p),
                    history(p.id()));
        });
    }

    /** Deletes the participant and their addresses. The audit trail keeps that it happened, nothing more. */
    public boolean erase(LinkToken t) {
        return manageable(t)
                .map(p -> {
                    long id = p.id();
                    em.remove(p);
                    audit.recordAs(ACTOR, tenant(), "RESIDENT_ERASED", "participant", id, null);
                    return true;
                })
                .orElse(false);
    }

    private Participant find(LinkToken t) {
        if (t.municipalityId() != tenant()) {
            return null;
        }
        // find() honours the tenant: another municipality's participant id gives null.
        return em.find(Participant.class, t.participantId());
    }

    /** A manage link: everything (data, download, erasure, a new address). */
    private Optional<Participant> manageable(LinkToken t) {
        return Optional.ofNullable(find(t))
                .filter(p -> links.checkManage(t, p.linkKey(), Instant.now()) == ResidentLinks.Access.FULL);
    }

    /** A preferences link of an alert message, or a manage link: channels on or off. */
    private Optional<Participant> withPreferences(LinkToken t) {
        return Optional.ofNullable(find(t))
                .filter(p -> links.checkManage(t, p.linkKey(), Instant.now()) != ResidentLinks.Access.NONE);
    }

    private Optional<Participant> byEmail(String email) {
        return em.createQuery("SELECT p FROM Participant p WHERE LOWER(p.email) = :email", Participant.class)
                .setParameter("email", email.toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    private List<PersonalData.HistoryEntry> history(long participantId) {
        return em.createQuery(
                        "SELECT a FROM AuditEntry a WHERE a.municipalityId = :m AND a.targetType = 'participant'"
                                + " AND a.targetId = :id ORDER BY a.occurredAt",
                        AuditEntry.class)
                .setParameter("m", tenant())
                .setParameter("id", Long.toString(participantId))
                .getResultStream()
                .map(a -> new PersonalData.HistoryEntry(a.occurredAt(), a.action(), by(a.actor())))
                .toList();
    }

    /** Staff user names are not the resident's data; who acted is told by role. */
    private static String by(String actor) {
        return switch (actor) {
            case ACTOR -> "resident";
            case "system" -> "system";
            default -> "municipality";
        };
    }

    private MailOrder confirmMail(ResidentMailKind kind, Participant p, Instant now) {
        return new MailOrder(
                kind, p.email(), language(p), links.confirmUrl(tenant(), p.id(), p.linkKey(), p.email(), now));
    }

    private MailOrder manageMail(ResidentMailKind kind, Participant p, Instant now) {
        return new MailOrder(kind, p.email(), language(p), links.manageUrl(tenant(), p.id(), p.linkKey(), now));
    }

    private static Language language(Participant p) {
        return Language.fromText(p.details().language()).orElse(Language.NL);
    }

    private void audit(String action, Participant p, String details) {
        audit.recordAs(ACTOR, tenant(), action, "participant", p.id(), details);
    }

    private static long tenant() {
        return TenantContext.require();
    }

    /** Names of the fields that changed, for the audit trail: never their values. */
    static String changedFields(ParticipantDetails before, ParticipantDetails after) {
        List<String> changed = new ArrayList<>();
        if (!before.email().equalsIgnoreCase(after.email())) changed.add("email");
        if (!addresses(before).equals(addresses(after))) changed.add("contacts");
        if (!before.addresses().equals(after.addresses())) changed.add("addresses");
        if (before.birthYear() != after.birthYear()) changed.add("birthYear");
        if (!Objects.equals(before.language(), after.language())) changed.add("language");
        if (!new java.util.HashSet<>(before.channelsOn()).equals(new java.util.HashSet<>(after.channelsOn()))) {
            changed.add("channels");
        }
        if (!Objects.equals(before.quietFrom(), after.quietFrom())
                || !Objects.equals(before.quietTo(), after.quietTo())) changed.add("quietHours");
        return changed.isEmpty() ? "nothing changed" : "changed: " + String.join(", ", changed);
    }

    /** The addresses other than the e-mail address (which is reported as such), per channel. */
    private static java.util.Map<String, String> addresses(ParticipantDetails d) {
        java.util.Map<String, String> byChannel = new java.util.TreeMap<>();
        d.contacts().stream()
                .filter(c -> c.address() != null && !c.address().equalsIgnoreCase(d.email()))
                .forEach(c -> byChannel.put(c.channel(), c.address()));
        return byChannel;
    }
}
