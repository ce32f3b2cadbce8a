package nl.burgernet.interfaces.rest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.burgernet.application.alert.AlertView;
import nl.burgernet.application.alert.MessageView;
import nl.burgernet.application.dispatch.ChannelProgress;
import nl.burgernet.domain.model.alert.Alert;
import nl.burgernet.domain.model.alert.AlertContent;
import nl.burgernet.domain.model.alert.AlertDraft;
import nl.burgernet.domain.model.alert.AlertPriority;
import nl.burgernet.domain.model.alert.AlertType;
import nl.burgernet.domain.model.alert.TargetArea;
import nl.burgernet.domain.model.geo.Coordinates;
import nl.burgernet.domain.model.geo.GeoCircle;
import nl.burgernet.domain.model.geo.GeoPolygon;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of the alerts API. */
public final class AlertJson {

    private AlertJson() {}

    /** A point as latitude and longitude in WGS84 degrees. */
    @Schema(description = "A point in WGS84 degrees")
    public record Point(@Schema(example = "52.1234") double latitude, @Schema(example = "5.0421") double longitude) {
        Coordinates coordinates() {
            return new Coordinates(latitude, longitude);
        }

        static Point of(Coordinates c) {
            return new Point(c.latitude(), c.longitude());
        }
    }

    /**
     * The target area: a circle ({@code centre} and {@code radiusMetres}) or a polygon ({@code polygon}, three or
     * more points). Read back, {@code cap} has the area as OASIS CAP 1.2 writes it.
     */
    @Schema(
            description = "A circle (centre and radiusMetres) or a polygon (3 to 500 points); or, when sent,"
                    + " the area as OASIS CAP 1.2 text in cap")
    public record Area(
            Point centre,
            @Schema(example = "500") Double radiusMetres,
            List<Point> polygon,
            @Schema(description = "The area as CAP writes it, e.g. '52.1234,5.0421 0.5' for a circle of 500 m")
                    String cap) {
        Optional<TargetArea> toTargetArea() {
            if (polygon != null && !polygon.isEmpty()) {
                return Optional.of(new TargetArea.Polygon(
                        new GeoPolygon(polygon.stream().map(Point::coordinates).toList())));
            }
            if (centre != null) {
                if (radiusMetres == null) {
                    throw new IllegalArgumentException("A circle needs radiusMetres");
                }
                return Optional.of(new TargetArea.Circle(new GeoCircle(centre.coordinates(), radiusMetres)));
            }
            if (cap != null && !cap.isBlank()) {
                return Optional.of(TargetArea.fromCap(cap));
            }
            return Optional.empty();
        }

        static Area of(TargetArea area) {
            return switch (area) {
                case TargetArea.Circle c ->
                    new Area(Point.of(c.circle().centre()), c.circle().radiusMetres(), null, c.toCap());
                case TargetArea.Polygon p ->
                    new Area(
                            null,
                            null,
                            p.polygon().vertices().stream().map(Point::of).toList(),
                            p.toCap());
            };
        }
    }

    /**
     * A new alert or a revised draft. Without {@code startsAt} it starts when launched; without {@code expiresAt} it
     * expires 8 hours after its start.
     */
    @Schema(
            description = "A new alert, or new contents for a draft. channels: ids of the delivery channels, e.g."
                    + " [\"email\", \"sms\"]",
            requiredProperties = {"type", "title", "body", "channels"})
    public record AlertRequest(
            AlertType type,
            @Schema(description = "NORMAL unless said otherwise") AlertPriority priority,
            @Schema(example = "Man op de vlucht na inbraak") String title,
            @Schema(example = "Gezocht: een man van ongeveer 30 jaar met een rode jas.") String body,
            @Schema(description = "What residents should do, and not do", example = "Bel 112 als u hem ziet.")
                    String instructions,
            @Schema(example = "Stationsweg 1, Maarssen") String incidentAddress,
            @Schema(description = "Where it happened; the circle's centre when left out") Point incident,
            @Schema(description = "Where the alert reaches; required except for an AMBER Alert") Area area,
            Set<String> channels,
            @Schema(description = "When it goes out; left out: when launched") Instant startsAt,
            @Schema(description = "When it expires; left out: 8 hours after its start") Instant expiresAt) {

        AlertDraft toDraft() {
            Instant start = startsAt == null ? Instant.now() : startsAt;
            Optional<TargetArea> targetArea = area == null ? Optional.empty() : area.toTargetArea();
            Optional<Coordinates> point = Optional.ofNullable(incident)
                    .map(Point::coordinates)
                    .or(() -> targetArea.flatMap(AlertJson::centreOf));
            return new AlertDraft(
                    type,
                    priority,
                    new AlertContent(title, body, instructions),
                    incidentAddress,
                    point,
                    targetArea,
                    channels,
                    Optional.ofNullable(startsAt),
                    expiresAt == null ? start.plusSeconds(8 * 3600) : expiresAt);
        }
    }

    static Optional<Coordinates> centreOf(TargetArea area) {
        return area instanceof TargetArea.Circle c ? Optional.of(c.circle().centre()) : Optional.empty();
    }

    /** New text for an alert that went out: an update to everyone it reached. */
    @Schema(
            description = "New information for everyone the alert reached",
            requiredProperties = {"title", "body"})
    public record UpdateRequest(String title, String body, String instructions) {}

    /** The outcome (afloop): how it ended; goes to everyone contacted. */
    @Schema(description = "How it ended (the afloop), for everyone contacted", requiredProperties = "outcome")
    public record EndRequest(@Schema(example = "De man is aangehouden. Dank voor uw hulp!") String outcome) {}

    /** What the operator's form sends to see the recipient count while drawing. */
    public record PreviewRequest(AlertType type, AlertPriority priority, Area area, Set<String> channels) {}

    public record Message(
            int sequence,
            String kind,
            String title,
            String body,
            String instructions,
            Instant createdAt,
            String createdBy,
            Instant completedAt) {
        static Message of(MessageView m) {
            return new Message(
                    m.sequence(),
                    m.kind().name(),
                    m.content().title(),
                    m.content().body(),
                    m.content().instructions(),
                    m.createdAt(),
                    m.createdBy(),
                    m.completedAt().orElse(null));
        }
    }

    @Schema(description = "An alert with its messages")
    public record AlertResponse(
            @Schema(type = SchemaType.INTEGER, format = "int64") long id,
            @Schema(example = "BN-2026-000042") String reference,
            @Schema(ref = ApiDocs.ALERT_TYPE) String type,
            @Schema(ref = ApiDocs.ALERT_PRIORITY) String priority,
            @Schema(ref = ApiDocs.ALERT_STATUS) String status,
            String title,
            String body,
            String instructions,
            String incidentAddress,
            Point incident,
            Area area,
            Set<String> channels,
            Instant startsAt,
            Instant expiresAt,
            String createdBy,
            String approvedBy,
            Instant createdAt,
            Instant launchedAt,
            Instant endedAt,
            String outcome,
            boolean awaitingSecondOperator,
            List<Message> messages) {

        static AlertResponse of(AlertView v) {
            Alert a = v.alert();
            AlertContent c = a.content();
            return new AlertResponse(
                    a.id(),
                    a.reference(),
                    a.type().name(),
                    a.priority().name(),
                    a.status().name(),
                    c.title(),
                    c.body(),
                    c.instructions(),
                    a.incidentAddress(),
                    a.incident().map(Point::of).orElse(null),
                    a.area().map(Area::of).orElse(null),
                    a.channels(),
                    a.startsAt().orElse(null),
                    a.expiresAt(),
                    a.createdBy(),
                    a.approvedBy().orElse(null),
                    a.createdAt(),
                    a.launchedAt().orElse(null),
                    a.endedAt().orElse(null),
                    a.outcome().orElse(null),
                    v.awaitingSecondOperator(),
                    v.messages().stream().map(Message::of).toList());
        }
    }

    /** Delivery progress of one message through one channel. */
    public record Progress(
            int sequence,
            String channel,
            int total,
            int sent,
            int pending,
            int retrying,
            int failed,
            int dead,
            int skipped,
            int delivered,
            int undeliverable,
            boolean degraded,
            String degradedReason,
            int percentDone) {
        static Progress of(ChannelProgress p) {
            return new Progress(
                    p.sequence(),
                    p.channel(),
                    p.total(),
                    p.sent(),
                    p.pending(),
                    p.retrying(),
                    p.failed(),
                    p.dead(),
                    p.skipped(),
                    p.delivered(),
                    p.undeliverable(),
                    !p.degraded().isEmpty(),
                    p.degraded(),
                    p.percentDone());
        }
    }
}
