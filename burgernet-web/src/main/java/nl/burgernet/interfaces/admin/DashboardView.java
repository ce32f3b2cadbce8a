package nl.burgernet.interfaces.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.burgernet.application.channel.AvailableChannels;
import nl.burgernet.application.participant.ParticipantService;
import nl.burgernet.application.participant.ParticipantStatistics;
import nl.burgernet.domain.model.participant.ParticipantStatus;
import nl.burgernet.interfaces.security.Messages;

/** The municipality admin's start page: how many participants, on which channels, and sign-ups over time. */
@Named
@RequestScoped
public class DashboardView {

    @Inject
    ParticipantService participants;

    @Inject
    Messages messages;

    private ParticipantStatistics stats;

    @Inject
    AvailableChannels channels;

    @PostConstruct
    void load() {
        stats = participants.statistics();
    }

    public long getActive() {
        return stats.perStatus().getOrDefault(ParticipantStatus.ACTIVE, 0L);
    }

    public long getAwaiting() {
        return stats.perStatus().getOrDefault(ParticipantStatus.AWAITING_CONFIRMATION, 0L);
    }

    /** Per channel offered here: its label, participants reached by it, and contacts it stopped for after failures. */
    public List<ChannelFigures> getChannels() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        List<ChannelFigures> figures = new ArrayList<>();
        stats.perChannel()
                .forEach((id, count) -> figures.add(new ChannelFigures(
                        id,
                        channels.find(id).map(d -> d.label(locale)).orElse(id),
                        count,
                        stats.failingPerChannel().getOrDefault(id, 0L))));
        return figures;
    }

    /** One channel's cards on the dashboard. */
    public record ChannelFigures(String id, String label, long participants, long failing) {}

    /** A Chart.js configuration, which PrimeFaces' p:chart renders as it is. */
    public String getSignUpChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        stats.signUpsPerMonth().forEach((month, count) -> {
            labels.add(month);
            counts.add(count);
        });
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("label", messages.get("dashboard.signups"))
                                                        .add("data", counts)
                                                        .add("backgroundColor", "#1d4f91"))))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("maintainAspectRatio", false)
                                .add(
                                        "plugins",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "legend",
                                                        Json.createObjectBuilder()
                                                                .add("display", false))))
                .build()
                .toString();
    }
}
