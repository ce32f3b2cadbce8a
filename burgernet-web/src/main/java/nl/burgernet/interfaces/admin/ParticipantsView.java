package nl.burgernet.interfaces.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import nl.burgernet.application.municipality.MunicipalityService;
import nl.burgernet.application.municipality.MunicipalityView;
import nl.burgernet.application.participant.ParticipantQuery;
import nl.burgernet.application.participant.ParticipantRow;
import nl.burgernet.application.participant.ParticipantService;
import nl.burgernet.domain.model.participant.Channel;
import nl.burgernet.domain.model.participant.ParticipantStatus;
import nl.burgernet.interfaces.security.CurrentUser;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

/** The participant table of the current municipality, and its CSV export. */
@Named
@ViewScoped
public class ParticipantsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ParticipantService participants;

    @Inject
    MunicipalityService municipalities;

    @Inject
    CurrentUser currentUser;

    private LazyDataModel<ParticipantRow> model;

    @PostConstruct
    void init() {
        model = new ParticipantTableModel(new ServiceSource(participants));
    }

    /** The table's rows from the service, which only sees the current municipality. */
    record ServiceSource(ParticipantService service) implements ParticipantTableModel.Source {

        @Override
        public long count(ParticipantQuery q) {
            return service.count(q);
        }

        @Override
        public List<ParticipantRow> page(ParticipantQuery q) {
            return service.page(q);
        }
    }

    public LazyDataModel<ParticipantRow> getModel() {
        return model;
    }

    public List<ParticipantStatus> getStatuses() {
        return Arrays.asList(ParticipantStatus.values());
    }

    public List<String> getChannelIds() {
        return Arrays.stream(Channel.values()).map(Channel::id).toList();
    }

    public String signedUp(ParticipantRow row) {
        return AdminFormats.date(row.createdAt());
    }

    /** All participants of the municipality as a CSV file for Dutch Excel; the sight is audited by the service. */
    public StreamedContent getExport() {
        return DefaultStreamedContent.builder()
                .name(exportFileName())
                .contentType(ParticipantCsvExport.CONTENT_TYPE)
                .writer(out -> ParticipantCsvExport.write(participants.exportAll(), out))
                .build();
    }

    private String exportFileName() {
        String code = currentUser.getMunicipalityId() == null
                ? "participants"
                : municipalities
                        .find(currentUser.getMunicipalityId())
                        .map(MunicipalityView::cbsCode)
                        .orElse("participants");
        return "burgernet-" + code + "-" + LocalDate.now(ZoneId.of("Europe/Amsterdam")) + ".csv";
    }
}
