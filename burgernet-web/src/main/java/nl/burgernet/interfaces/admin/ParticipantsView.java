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
import java.util.Locale;
import java.util.Map;
import nl.burgernet.application.channel.AvailableChannels;
import nl.burgernet.application.municipality.MunicipalityService;
import nl.burgernet.application.municipality.MunicipalityView;
import nl.burgernet.application.participant.ParticipantQuery;
import nl.burgernet.application.participant.ParticipantRow;
import nl.burgernet.application.participant.ParticipantService;
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

    @Inject
    AvailableChannels channels;

    private LazyDataModel<ParticipantRow> model;

    @PostConstruct
    void init() {
        model = new ParticipantTableModel(
                new ServiceSource(participants),
                channels.here().stream()
                        .map(nl.burgernet.channel.api.ChannelDescriptor::id)
                        .collect(java.util.stream.Collectors.toSet()));
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

    /** The channels offered here, for the filter and the chips: id and label in the page's language. */
    public List<Map.Entry<String, String>> getChannels() {
        Locale locale = jakarta.faces.context.FacesContext.getCurrentInstance()
                .getViewRoot()
                .getLocale();
        return channels.here().stream()
                .map(c -> Map.entry(c.id(), c.label(locale)))
                .toList();
    }

    /** A channel's label in the page's language; its id when no deployed plugin provides it any more. */
    public String channelLabel(String id) {
        Locale locale = jakarta.faces.context.FacesContext.getCurrentInstance()
                .getViewRoot()
                .getLocale();
        return channels.find(id).map(c -> c.label(locale)).orElse(id);
    }

    public String signedUp(ParticipantRow row) {
        return AdminFormats.date(row.createdAt());
    }

    /** All participants of the municipality as a CSV file for Dutch Excel; the sight is audited by the service. */
    public StreamedContent getExport() {
        return DefaultStreamedContent.builder()
                .name(exportFileName())
                .contentType(ParticipantCsvExport.CONTENT_TYPE)
                .writer(out -> ParticipantCsvExport.write(participants.exportAll(), channels.here(), out))
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
