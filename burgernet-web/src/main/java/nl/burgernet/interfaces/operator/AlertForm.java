package nl.burgernet.interfaces.operator;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.burgernet.domain.model.alert.AlertContent;
import nl.burgernet.domain.model.alert.AlertDraft;
import nl.burgernet.domain.model.alert.AlertPriority;
import nl.burgernet.domain.model.alert.AlertType;
import nl.burgernet.domain.model.alert.InvalidAlertException;
import nl.burgernet.domain.model.alert.TargetArea;
import nl.burgernet.domain.model.geo.Coordinates;
import nl.burgernet.domain.model.geo.GeoCircle;
import nl.burgernet.domain.model.geo.GeoPolygon;

/**
 * What the alert form holds, as the browser sent it: the texts, the channels, the times in Dutch time, and the area the
 * map drew (a circle's centre and radius, or a polygon's corners as "lat,lon" pairs separated by spaces). The rules
 * stay the domain's: {@link #problems()} asks {@link AlertContent} and {@link AlertDraft} field by field, so the
 * operator sees every mistake at once instead of one per save.
 */
public class AlertForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    /** An alert without an expiry time of its own ends this long after its start, as over the REST API. */
    static final Duration DEFAULT_DURATION = Duration.ofHours(8);

    static final String CIRCLE = "circle";
    static final String POLYGON = "polygon";
    static final String START_NOW = "now";
    static final String START_LATER = "later";

    private AlertType type = AlertType.SUSPECT;
    private AlertPriority priority = AlertPriority.NORMAL;
    private String title = "";
    private String body = "";
    private String instructions = "";
    private String incidentAddress = "";
    private List<String> channels = new ArrayList<>();
    private String start = START_NOW;
    private LocalDateTime startsAt;
    private LocalDateTime expiresAt;
    private String shape = "";
    private Double centreLatitude;
    private Double centreLongitude;
    private Integer radiusMetres = AlertType.SUSPECT.defaultRadiusMetres();
    private String polygon = "";

    /** A new alert: every channel the municipality can use is ticked. */
    static AlertForm blank(List<String> availableChannels) {
        AlertForm form = new AlertForm();
        form.channels = new ArrayList<>(availableChannels);
        return form;
    }

    /** A draft being revised. */
    static AlertForm of(AlertDraft draft) {
        AlertForm form = new AlertForm();
        form.type = draft.type();
        form.priority = draft.priority();
        form.title = draft.content().title();
        form.body = draft.content().body();
        form.instructions = draft.content().instructions();
        form.incidentAddress = draft.incidentAddress();
        form.channels = new ArrayList<>(draft.channels().stream().sorted().toList());
        form.start = draft.startsAt().isPresent() ? START_LATER : START_NOW;
        form.startsAt = draft.startsAt().map(AlertForm::local).orElse(null);
        form.expiresAt = local(draft.expiresAt());
        form.radiusMetres = draft.type().defaultRadiusMetres();
        draft.area().ifPresent(form::showArea);
        return form;
    }

    private void showArea(TargetArea area) {
        switch (area) {
            case TargetArea.Circle c -> {
                shape = CIRCLE;
                centreLatitude = c.circle().centre().latitude();
                centreLongitude = c.circle().centre().longitude();
                radiusMetres = (int) Math.round(c.circle().radiusMetres());
            }
            case TargetArea.Polygon p -> {
                shape = POLYGON;
                polygon = p.polygon().vertices().stream()
                        .map(v -> String.format(Locale.ROOT, "%.6f,%.6f", v.latitude(), v.longitude()))
                        .collect(Collectors.joining(" "));
            }
        }
    }

    /** Every field that cannot be accepted as it is, each with the domain's reason; empty when the form can be saved. */
    List<InvalidAlertException> problems(Instant now) {
        List<InvalidAlertException> problems = new ArrayList<>();
        check(problems, () -> new AlertContent(title, "-", ""));
        check(problems, () -> new AlertContent("-", body, ""));
        check(problems, () -> new AlertContent("-", "-", instructions));
        if (type == null) {
            problems.add(new InvalidAlertException("type", "Choose the kind of alert"));
        }
        if (channels == null || channels.isEmpty()) {
            problems.add(new InvalidAlertException("channels", "Choose at least one channel"));
        }
        check(problems, () -> {
            if (type != null && type.reach() != AlertType.Reach.NATIONAL && area().isEmpty()) {
                throw new InvalidAlertException("area", "Draw the area the alert reaches");
            }
            return null;
        });
        check(problems, () -> {
            Optional<Instant> begin = startInstant();
            Instant end = expiryInstant(now);
            if (!end.isAfter(begin.orElse(now))) {
                throw new InvalidAlertException("expiresAt", "An alert expires after it starts");
            }
            return null;
        });
        return problems;
    }

    private static void check(List<InvalidAlertException> problems, Supplier<?> rule) {
        try {
            rule.get();
        } catch (InvalidAlertException e) {
            problems.add(e);
        }
    }

    /** The draft the service gets; the domain checks it again. */
    AlertDraft toDraft(Instant now) {
        Optional<TargetArea> area =
                type != null && type.reach() == AlertType.Reach.NATIONAL ? Optional.empty() : area();
        return new AlertDraft(
                type,
                priority,
                new AlertContent(title, body, instructions),
                incidentAddress,
                area.flatMap(AlertForm::incidentOf),
                area,
                new LinkedHashSet<>(channels == null ? List.of() : channels),
                startInstant(),
                expiryInstant(now));
    }

    /**
     * The area the map drew. A radius outside 50 m to 50 km or a polygon of fewer than three corners is the operator's
     * mistake, reported on the radius or the area.
     */
    Optional<TargetArea> area() {
        if (CIRCLE.equals(shape) && centreLatitude != null && centreLongitude != null) {
            if (radiusMetres == null) {
                throw new InvalidAlertException("radius", "A circle needs a radius");
            }
            Coordinates centre = coordinates(centreLatitude, centreLongitude);
            try {
                return Optional.of(new TargetArea.Circle(new GeoCircle(centre, radiusMetres)));
            } catch (IllegalArgumentException e) {
                throw new InvalidAlertException("radius", e.getMessage());
            }
        }
        if (POLYGON.equals(shape) && polygon != null && !polygon.isBlank()) {
            List<Coordinates> corners = new ArrayList<>();
            for (String pair : polygon.strip().split("\\s+")) {
                String[] latLon = pair.split(",");
                if (latLon.length != 2) {
                    throw new InvalidAlertException("area", "Not a corner: " + pair);
                }
                try {
                    corners.add(coordinates(Double.parseDouble(latLon[0]), Double.parseDouble(latLon[1])));
                } catch (NumberFormatException e) {
                    throw new InvalidAlertException("area", "Not a corner: " + pair);
                }
            }
            try {
                return Optional.of(new TargetArea.Polygon(new GeoPolygon(corners)));
            } catch (IllegalArgumentException e) {
                throw new InvalidAlertException("area", e.getMessage());
            }
        }
        return Optional.empty();
    }

    private static Coordinates coordinates(double latitude, double longitude) {
        try {
            return new Coordinates(latitude, longitude);
        } catch (IllegalArgumentException e) {
            throw new InvalidAlertException("area", e.getMessage());
        }
    }

    /** A circle's incident is its centre; a polygon's the mean of its corners, near enough for "how far from it". */
    static Optional<Coordinates> incidentOf(TargetArea area) {
        return switch (area) {
            case TargetArea.Circle c -> Optional.of(c.circle().centre());
            case TargetArea.Polygon p -> {
                List<Coordinates> v = p.polygon().vertices();
                yield Optional.of(new Coordinates(
                        v.stream().mapToDouble(Coordinates::latitude).average().orElseThrow(),
                        v.stream().mapToDouble(Coordinates::longitude).average().orElseThrow()));
            }
        };
    }

    private Optional<Instant> startInstant() {
        if (!START_LATER.equals(start)) {
            return Optional.empty();
        }
        if (startsAt == null) {
            throw new InvalidAlertException("startsAt", "Choose when the alert starts");
        }
        return Optional.of(instant(startsAt));
    }

    private Instant expiryInstant(Instant now) {
        if (expiresAt != null) {
            return instant(expiresAt);
        }
        Instant begin = START_LATER.equals(start) && startsAt != null ? instant(startsAt) : now;
        return begin.plus(DEFAULT_DURATION);
    }

    static Instant instant(LocalDateTime local) {
        return local.atZone(NETHERLANDS).toInstant();
    }

    static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, NETHERLANDS).truncatedTo(ChronoUnit.MINUTES);
    }

    public AlertType getType() {
        return type;
    }

    public void setType(AlertType type) {
        this.type = type;
    }

    public AlertPriority getPriority() {
        return priority;
    }

    public void setPriority(AlertPriority priority) {
        this.priority = priority;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getInstructions() {
        return instructions;
    }

    public void setInstructions(String instructions) {
        this.instructions = instructions;
    }

    public String getIncidentAddress() {
        return incidentAddress;
    }

    public void setIncidentAddress(String incidentAddress) {
        this.incidentAddress = incidentAddress;
    }

    public List<String> getChannels() {
        return channels;
    }

    public void setChannels(List<String> channels) {
        this.channels = channels;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public boolean isStartLater() {
        return START_LATER.equals(start);
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(LocalDateTime expiresAt) {
        this.expiresAt = expiresAt;
    }

    public String getShape() {
        return shape;
    }

    public void setShape(String shape) {
        this.shape = shape;
    }

    public Double getCentreLatitude() {
        return centreLatitude;
    }

    public void setCentreLatitude(Double centreLatitude) {
        this.centreLatitude = centreLatitude;
    }

    public Double getCentreLongitude() {
        return centreLongitude;
    }

    public void setCentreLongitude(Double centreLongitude) {
        this.centreLongitude = centreLongitude;
    }

    public Integer getRadiusMetres() {
        return radiusMetres;
    }

    public void setRadiusMetres(Integer radiusMetres) {
        this.radiusMetres = radiusMetres;
    }

    public String getPolygon() {
        return polygon;
    }

    public void setPolygon(String polygon) {
        this.polygon = polygon;
    }
}
