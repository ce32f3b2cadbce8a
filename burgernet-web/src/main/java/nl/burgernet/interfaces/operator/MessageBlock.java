package nl.burgernet.interfaces.operator;

import java.io.Serializable;
import java.util.List;
import nl.burgernet.application.alert.MessageView;
import nl.burgernet.domain.model.alert.MessageKind;

/** One message of an alert on its page: what it said, who sent it when, and its progress bar per channel. */
public record MessageBlock(
        int sequence,
        MessageKind kind,
        String title,
        String body,
        String instructions,
        String createdBy,
        String createdAt,
        String completedAt,
        boolean completed,
        List<ChannelBar> bars)
        implements Serializable {

    public MessageBlock {
        bars = List.copyOf(bars);
    }

    static MessageBlock of(MessageView m, List<ChannelBar> bars) {
        return new MessageBlock(
                m.sequence(),
                m.kind(),
                m.content().title(),
                m.content().body(),
                m.content().instructions(),
                m.createdBy(),
                OperatorFormats.dateTime(m.createdAt()),
                m.completedAt().map(OperatorFormats::dateTime).orElse(""),
                m.completedAt().isPresent(),
                bars);
    }

    /** Deliveries of this message over all channels. */
    public int total() {
        return bars.stream().mapToInt(ChannelBar::total).sum();
    }
}
