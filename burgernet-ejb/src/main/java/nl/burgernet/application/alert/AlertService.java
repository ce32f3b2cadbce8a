package nl.burgernet.application.alert;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.Year;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.burgernet.application.apikey.VerifiedKey;
import nl.burgernet.application.audit.AuditLog;
import nl.burgernet.application.dispatch.ChannelProgress;
import nl.burgernet.application.dispatch.DeliveryRecord;
import nl.burgernet.application.dispatch.RecipientCount;
import nl.burgernet.application.dispatch.TargetQuery;
import nl.burgernet.application.dispatch.Targeting;
import nl.burgernet.application.identity.UserService;
import nl.burgernet.domain.model.alert.Alert;
import nl.burgernet.domain.model.alert.AlertContent;
import nl.burgernet.domain.model.alert.AlertDraft;
import nl.burgernet.domain.model.alert.AlertMessage;
import nl.burgernet.domain.model.alert.AlertPriority;
import nl.burgernet.domain.model.alert.AlertStatus;
import nl.burgernet.domain.model.alert.AlertType;
import nl.burgernet.domain.model.alert.ApprovalRefusedException;
import nl.burgernet.domain.model.alert.InvalidAlertException;
import nl.burgernet.domain.model.alert.MessageKind;
import nl.burgernet.domain.model.alert.TargetArea;
import nl.burgernet.domain.model.geo.GeoPolygon;
import nl.burgernet.domain.model.identity.Role;
import nl.burgernet.domain.model.municipality.Municipality;
import nl.burgernet.infrastructure.channels.ChannelRegistry;
import nl.burgernet.infrastructure.dispatch.CandidateReader;
import nl.burgernet.infrastructure.dispatch.ChannelLanes;
import nl.burgernet.infrastructure.dispatch.DeliveryStore;
import nl.burgernet.infrastructure.dispatch.IdBlocks;
import nl.burgernet.infrastructure.dispatch.LaneStatus;
import nl.burgernet.infrastructure.security.ApiKeyPrincipal;
import nl.burgernet.infrastructure.tenancy.TenantContext;
import nl.burgernet.infrastructure.tenancy.Tenanted;

/**
 * What an operator does with the current municipality's alerts. Every transition is audited with who did it. The
 * dispatch itself runs asynchronously: launching writes the first message and queues its snapshot in the same
 * transaction, so a launched alert is always dispatched, even if the server stops right after.
 */
@Stateless
@Tenanted
@RolesAllowed({Role.Roles.OPERATOR, Role.Roles.MUNICIPALITY_ADMIN, Role.Roles.PLATFORM_ADMIN})
public class AlertService {

    /** The length of the alert table's area column (migration V11). */
    private static final int MAX_AREA_LENGTH = 12_000;

    @PersistenceContext(unitName = "burgernet")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AuditLog audit;

    @Inject
    IdBlocks ids;

    @Inject
    Targeting targeting;

    @Inject
    CandidateReader candidates;

    @Inject
    DeliveryStore deliveries;

    @Inject
    ChannelLanes lanes;

    @Inject
    ChannelRegistry registry;

    @Inject
    DispatchStart dispatchStart;

    @Inject
    UserService users;

    public AlertView create(AlertDraft draft) {
        requireReach(draft.type());
        requireUsableChannels(draft.channels());
        requireStorableArea(draft);
        // Only now: a reference taken for a draft that is then refused would leave a gap in the numbering.
        String reference = "BN-%d-%06d".formatted(Year.now().getValue(), ids.next("alert_reference_seq", 1));
        Alert alert = new Alert(reference, draft, actor(), Instant.now());
        em.persist(alert);
        em.flush();
        audit.record(
                "alert.created",
                "alert",
                reference,
                alert.type() + ": " + alert.content().title());
        return view(alert);
    }

    public AlertView revise(long id, AlertDraft draft) {
        requireReach(draft.type());
        requireUsableChannels(draft.channels());
        requireStorableArea(draft);
        Alert alert = find(id);
        requireReach(alert.type());
        boolean wasApproved = alert.status() == AlertStatus.APPROVED;
        alert.revise(draft, actor());
        audit.record("alert.revised", "alert", alert.reference(), wasApproved ? "approval withdrawn" : null);
        return view(alert);
    }

    /**
     * Approves a draft; where the municipality wants four eyes, only an operator other than its author and its last
     * reviser can. Approving is a person's act: an API key never approves (it can launch where no approval is asked).
     */
    public AlertView approve(long id) {
        if (isApiKey()) {
            throw new ApprovalRefusedException("An API key cannot approve an alert; an operator must");
        }
        Alert alert = find(id);
        requireReach(alert.type());
        return approveAs(alert);
    }

    private AlertView approveAs(Alert alert) {
        alert.approve(actor(), !isApiKey(), municipality().alertPolicy().requiresApproval());
        audit.record("alert.approved", "alert", alert.reference(), null);
        return view(alert);
    }

    /**
     * Launches the alert: now, or at its start time. A draft is approved by the launching operator on the way,
     * unless the municipality wants a second operator's approval first.
     */
    public AlertView launch(long id) {
        Alert alert = find(id);
        requireReach(alert.type());
        if (alert.status() == AlertStatus.DRAFT) {
            if (municipality().alertPolicy().requiresApproval()) {
                throw new ApprovalRefusedException("A second operator must approve " + alert.reference() + " first");
            }
            approveAs(alert);
        }
        Instant now = Instant.now();
        if (!alert.expiresAt().isAfter(now)) {
            throw new InvalidAlertException("expiresAt", "The alert's expiry time has passed");
        }
        alert.launch(now);
        audit.record(
                alert.status() == AlertStatus.SCHEDULED ? "alert.scheduled" : "alert.launched",
                "alert",
                alert.reference(),
                alert.startsAt().map(Instant::toString).orElse(null));
        if (alert.status() == AlertStatus.DISPATCHING) {
            dispatchStart.firstMessage(alert, actor());
        }
        return view(alert);
    }

    public AlertView cancel(long id) {
        Alert alert = find(id);
        alert.cancel(Instant.now());
        audit.record("alert.cancelled", "alert", alert.reference(), null);
        return view(alert);
    }

    /** New information, sent to everyone the first message reached, once it has reached them all. */
    public AlertView update(long id, AlertContent content) {
        Alert alert = find(id);
        requireReach(alert.type());
        if (!alert.status().isLive()) {
            throw new InvalidAlertException("status", "Only an alert that went out can be updated");
        }
        AlertMessage message = dispatchStart.followUp(alert, MessageKind.UPDATE, content, actor());
        audit.record("alert.updated", "alert", alert.reference(), "message " + message.sequence());
        return view(alert);
    }

    /** Ends the alert with its outcome (afloop), which goes to everyone contacted. */
    public AlertView end(long id, String outcome) {
        Alert alert = find(id);
        requireReach(alert.type());
        String text = outcome == null ? "" : outcome.strip();
        if (text.isEmpty()) {
            throw new InvalidAlertException("outcome", "Tell the residents how it ended");
        }
        alert.end(text, Instant.now());
        AlertContent content = new AlertContent(alert.content().title(), text, "");
        AlertMessage message = dispatchStart.followUp(alert, MessageKind.OUTCOME, content, actor());
        audit.record("alert.ended", "alert", alert.reference(), "outcome message " + message.sequence());
        return view(alert);
    }

    public AlertView get(long id) {
        return view(find(id));
    }

    /** The municipality's alerts, newest first; {@code status} empty for all. */
    public List<AlertView> list(Optional<AlertStatus> status, int max) {
        var query = status.isPresent()
                ? em.createQuery(
                                "SELECT a FROM Alert a WHERE a.status = :status ORDER BY a.createdAt DESC", Alert.class)
                        .setParameter("status", status.get())
                : em.createQuery("SELECT a FROM Alert a ORDER BY a.createdAt DESC", Alert.class);
        return query.setMaxResults(max).getResultList().stream().map(this::view).toList();
    }

    public List<ChannelProgress> progress(long id) {
        // The channel's state is now, not the message's: a channel degraded while this alert still waits on it.
        return deliveries.progress(find(id).id()).stream()
                .map(p -> p.finished()
                        ? p
                        : p.withDegraded(lanes.status(p.channel())
                                .map(LaneStatus::degraded)
                                .orElse("")))
                .toList();
    }

    /**
     * The alert's deliveries in one state that needs the operator's eye: FAILED (refused for good), RETRY (waiting
     * for another attempt) or DEAD (the dead letter: no attempts left).
     */
    public List<DeliveryRecord> deliveries(long id, DeliveryStatusFilter status, int max) {
        return deliveries.deliveries(find(id).id(), status.name(), Math.max(1, Math.min(max, 1_000)));
    }

    /** The delivery states an operator can list. */
    public enum DeliveryStatusFilter {
        FAILED,
        RETRY,
        DEAD,
        SKIPPED
    }

    /**
     * How many participants an alert with this type, area and channels would reach now, per channel: the count the
     * operator sees while drawing. Regional and national types count their whole reach; a national count is the
     * national control room's alone, since a small area's count would tell anyone where another municipality's
     * residents live.
     */
    public RecipientCount preview(
            AlertType type, AlertPriority priority, Optional<TargetArea> area, Set<String> channels) {
        requireReach(type);
        Municipality m = municipality();
        Set<Long> municipalities =
                switch (type.reach()) {
                    case NATIONAL -> Set.of();
                    case REGION -> {
                        Set<Long> region = new LinkedHashSet<>(Set.of(m.id()));
                        m.alertPolicy().region().ifPresent(r -> region.addAll(candidates.municipalitiesInRegion(r)));
                        yield region;
                    }
                    case MUNICIPALITY -> Set.of(m.id());
                };
        if (area.isEmpty() && !municipalities.isEmpty()) {
            return new RecipientCount(0, java.util.Map.of(), 0, 0);
        }
        boolean urgent = type.urgent() || priority == AlertPriority.HIGH;
        return targeting.count(new TargetQuery(municipalities, area, channels, urgent, 0, Instant.now()));
    }

    /** The channels this municipality can send on: switched on for it and deployed. */
    public List<String> availableChannels() {
        return municipality().enabledChannels().stream()
                .filter(id -> registry.find(id).isPresent())
                .sorted()
                .toList();
    }

    /** Whether the caller is the national control room's, whose AMBER Alerts reach every municipality. */
    public boolean mayReachNationally() {
        return !isApiKey() && users.hasNationalReach(actor());
    }

    /**
     * National reach (AMBER) is the national control room's: any other login, and every API key (made by one
     * municipality's admin), is refused. Regional reach needs no check: it is the alert's own veiligheidsregio,
     * which only the platform admin sets.
     */
    private void requireReach(AlertType type) {
        if (type != null && type.reach() == AlertType.Reach.NATIONAL && !mayReachNationally()) {
            throw new NationalReachRefusedException();
        }
    }

    public boolean requiresSecondOperator() {
        return municipality().alertPolicy().requiresApproval();
    }

    private void requireUsableChannels(Set<String> channels) {
        List<String> available = availableChannels();
        for (String id : channels) {
            if (!available.contains(id)) {
                throw new InvalidAlertException("channels", "The channel '" + id + "' is not available here");
            }
        }
    }

    private Alert find(long id) {
        Alert alert = em.find(Alert.class, id);
        if (alert == null) {
            throw new AlertNotFoundException(id);
        }
        return alert;
    }

    private Municipality municipality() {
        return em.find(Municipality.class, TenantContext.require());
    }

    private AlertView view(Alert alert) {
        List<MessageView> messages = em
                .createQuery(
                        "SELECT m FROM AlertMessage m WHERE m.alertId = :alert ORDER BY m.sequence", AlertMessage.class)
                .setParameter("alert", alert.id())
                .getResultList()
                .stream()
                .map(MessageView::of)
                .toList();
        boolean awaiting = alert.status() == AlertStatus.DRAFT && requiresSecondOperator();
        return new AlertView(alert, messages, awaiting);
    }

    private String actor() {
        return session.getCallerPrincipal().getName();
    }

    /** The stored area's column holds a polygon of {@link GeoPolygon#MAX_CORNERS}; refuse anything longer up front. */
    private static void requireStorableArea(AlertDraft draft) {
        if (draft.area().map(TargetArea::toCap).map(String::length).orElse(0) > MAX_AREA_LENGTH) {
            throw new InvalidAlertException(
                    "area",
                    "The area is too large to store; a polygon has at most " + GeoPolygon.MAX_CORNERS + " corners");
        }
    }

    /** Whether the caller is a control-room system's API key rather than a person who logged in. */
    private boolean isApiKey() {
        return session.getCallerPrincipal() instanceof ApiKeyPrincipal || actor().startsWith(VerifiedKey.CALLER_PREFIX);
    }
}
