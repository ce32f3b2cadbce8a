package nl.burgernet.interfaces.operator;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.burgernet.application.alert.AlertService;
import nl.burgernet.application.alert.AlertView;
import nl.burgernet.domain.model.alert.AlertStatus;
import nl.burgernet.interfaces.security.CurrentUser;

/** The control room's start page: the municipality's alerts, newest first, optionally of one status. */
@Named
@ViewScoped
public class AlertsView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** A control room looks at today's and recent alerts; older ones stay reachable over the REST API. */
    static final int MAX_ROWS = 200;

    @Inject
    AlertService alerts;

    @Inject
    CurrentUser currentUser;

    private AlertStatus status;
    private List<AlertRow> rows = List.of();

    @PostConstruct
    void load() {
        if (currentUser.getMunicipalityId() != null) {
            reload();
        }
    }

    public void reload() {
        rows = alerts.list(Optional.ofNullable(status), MAX_ROWS).stream()
                .map(this::row)
                .toList();
    }

    private AlertRow row(AlertView view) {
        // Only a launched alert has deliveries; skipping the others saves a query per draft.
        return AlertRow.of(view, view.alert().launchedAt().isPresent() ? alerts.progress(view.id()) : List.of());
    }

    public List<AlertStatus> getStatuses() {
        return Arrays.asList(AlertStatus.values());
    }

    public AlertStatus getStatus() {
        return status;
    }

    public void setStatus(AlertStatus status) {
        this.status = status;
    }

    public List<AlertRow> getRows() {
        return rows;
    }

    public boolean isMunicipalitySelected() {
        return currentUser.getMunicipalityId() != null;
    }
}
