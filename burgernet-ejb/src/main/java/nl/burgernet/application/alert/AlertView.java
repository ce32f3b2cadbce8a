package nl.burgernet.application.alert;

import java.util.List;
import nl.burgernet.domain.model.alert.Alert;
import nl.burgernet.domain.model.alert.AlertStatus;

/**
 * An alert as the operator's page and the REST API show it: the alert itself (detached), its messages, and
 * whether it still needs a second operator's approval.
 */
public record AlertView(Alert alert, List<MessageView> messages, boolean awaitingSecondOperator) {

    public AlertView {
        messages = List.copyOf(messages);
    }

    public long id() {
        return alert.id();
    }

    public AlertStatus status() {
        return alert.status();
    }
}
