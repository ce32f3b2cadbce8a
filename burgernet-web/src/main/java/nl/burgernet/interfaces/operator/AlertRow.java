package nl.burgernet.interfaces.operator;

import java.io.Serializable;
import java.util.List;
import nl.burgernet.application.alert.AlertView;
import nl.burgernet.application.dispatch.ChannelProgress;
import nl.burgernet.domain.model.alert.Alert;
import nl.burgernet.domain.model.alert.AlertStatus;
import nl.burgernet.domain.model.alert.AlertType;

/**
 * One alert in the list: what and when, and how far its first message got over all channels (deliveries with a final
 * result of all deliveries, and how many of them failed for good).
 */
public record AlertRow(
        long id,
        String reference,
        AlertStatus status,
        AlertType type,
        String title,
        String createdAt,
        String launchedAt,
        int total,
        int sent,
        int failed,
        int percentDone)
        implements Serializable {

    static AlertRow of(AlertView view, List<ChannelProgress> progress) {
        Alert a = view.alert();
        List<ChannelProgress> first =
                progress.stream().filter(p -> p.sequence() == 0).toList();
        int total = first.stream().mapToInt(ChannelProgress::total).sum();
        int pending = first.stream().mapToInt(ChannelProgress::pending).sum();
        return new AlertRow(
                a.id(),
                a.reference(),
                a.status(),
                a.type(),
                a.content().title(),
                OperatorFormats.dateTime(a.createdAt()),
                a.launchedAt().map(OperatorFormats::dateTime).orElse(""),
                total,
                first.stream().mapToInt(ChannelProgress::sent).sum(),
                first.stream().mapToInt(p -> p.failed() + p.dead()).sum(),
                total == 0 ? 100 : (int) Math.floor(100.0 * (total - pending) / total));
    }

    /** Whether there is any dispatch to summarise: the first message went out. */
    public boolean dispatched() {
        return total > 0;
    }
}
