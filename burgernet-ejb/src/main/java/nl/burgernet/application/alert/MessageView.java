package nl.burgernet.application.alert;

import java.time.Instant;
import java.util.Optional;
import nl.burgernet.domain.model.alert.AlertContent;
import nl.burgernet.domain.model.alert.AlertMessage;
import nl.burgernet.domain.model.alert.MessageKind;

/** One message of an alert as the operator's page lists it. */
public record MessageView(
        long id,
        int sequence,
        MessageKind kind,
        AlertContent content,
        String createdBy,
        Instant createdAt,
        Optional<Instant> completedAt) {

    static MessageView of(AlertMessage m) {
        return new MessageView(
                m.id(), m.sequence(), m.kind(), m.content(), m.createdBy(), m.createdAt(), m.completedAt());
    }
}
