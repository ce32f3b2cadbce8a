package nl.burgernet.interfaces.operator;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.burgernet.application.alert.AlertView;
import nl.burgernet.domain.model.alert.Alert;
import nl.burgernet.domain.model.alert.AlertPriority;
import nl.burgernet.domain.model.alert.AlertStatus;
import nl.burgernet.domain.model.alert.AlertType;
import nl.burgernet.domain.model.alert.TargetArea;

/**
 * Everything the alert page shows about the alert itself, times in Dutch time. The area is also given in the form the
 * map script reads: a shape, a circle's centre and radius, or a polygon's corners.
 */
public record AlertDetails(
        long id,
        String reference,
        AlertStatus status,
        AlertType type,
        AlertPriority priority,
        String title,
        String body,
        String instructions,
        String incidentAddress,
        List<String> channels,
        String startsAt,
        String expiresAt,
        String createdBy,
        String createdAt,
        String approvedBy,
        String launchedAt,
        String endedAt,
        String outcome,
        boolean awaitingSecondOperator,
        String shape,
        String latitude,
        String longitude,
        long radiusMetres,
        String polygon,
        int corners)
        implements Serializable {

    public AlertDetails {
        channels = List.copyOf(channels);
    }

    static AlertDetails of(AlertView view) {
        Alert a = view.alert();
        String shape = "";
        String latitude = "";
        String longitude = "";
        long radius = 0;
        String polygon = "";
        int corners = 0;
        if (a.area().isPresent()) {
            switch (a.area().get()) {
                case TargetArea.Circle c -> {
                    shape = AlertForm.CIRCLE;
                    latitude = String.format(
                            Locale.ROOT, "%.6f", c.circle().centre().latitude());
                    longitude = String.format(
                            Locale.ROOT, "%.6f", c.circle().centre().longitude());
                    radius = Math.round(c.circle().radiusMetres());
                }
                case TargetArea.Polygon p -> {
                    shape = AlertForm.POLYGON;
                    corners = p.polygon().vertices().size();
                    polygon = p.polygon().vertices().stream()
                            .map(v -> String.format(Locale.ROOT, "%.6f,%.6f", v.latitude(), v.longitude()))
                            .collect(Collectors.joining(" "));
                }
            }
        }
        return new AlertDetails(
                a.id(),
                a.reference(),
                a.status(),
                a.type(),
                a.priority(),
                a.content().title(),
                a.content().body(),
                a.content().instructions(),
                a.incidentAddress(),
                a.channels().stream().sorted().toList(),
                a.startsAt().map(OperatorFormats::dateTime).orElse(""),
                OperatorFormats.dateTime(a.expiresAt()),
                a.createdBy(),
                OperatorFormats.dateTime(a.createdAt()),
                a.approvedBy().orElse(""),
                a.launchedAt().map(OperatorFormats::dateTime).orElse(""),
                a.endedAt().map(OperatorFormats::dateTime).orElse(""),
                a.outcome().orElse(""),
                view.awaitingSecondOperator(),
                shape,
                latitude,
                longitude,
                radius,
                polygon,
                corners);
    }

    /** The circle's radius in kilometres as people say it: "1.5" (English) or "1,5" (Dutch). */
    public String radiusKilometres(Locale locale) {
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(2);
        return f.format(radiusMetres / 1000.0);
    }
}
