package nl.burgernet.interfaces.admin;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.burgernet.application.participant.ParticipantQuery;
import nl.burgernet.application.participant.ParticipantRow;
import nl.burgernet.domain.model.participant.ParticipantStatus;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The participant table's rows, one page at a time from the database: a municipality with 100,000 participants
 * costs a count and one page query per click, never a full load; and the count only when the filters changed, since
 * paging and sorting do not change it (a new count comes with the next filter or page load). Column filters and
 * sorting become a {@link ParticipantQuery}; the table's column fields are the {@link ParticipantRow} properties.
 */
public class ParticipantTableModel extends LazyDataModel<ParticipantRow> {

    private static final long serialVersionUID = 1L;

    static final String POSTCODE = "firstAddress";
    static final String EMAIL = "maskedEmail";
    static final String STATUS = "status";
    static final String CHANNEL = "channels";

    private final Source source;
    private final Set<String> channelIds;
    private ParticipantQuery countedFor;
    private long counted;

    /** Where rows come from (the participant service); serializable because the model lives in a view-scoped bean. */
    public interface Source extends Serializable {

        long count(ParticipantQuery q);

        List<ParticipantRow> page(ParticipantQuery q);
    }

    /** @param channelIds the channels offered here: a filter on any other channel filters nothing */
    public ParticipantTableModel(Source source, Set<String> channelIds) {
        this.source = source;
        this.channelIds = Set.copyOf(channelIds);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        ParticipantQuery filters = query(filterBy, Map.of(), 0, 1, channelIds);
        if (!filters.equals(countedFor)) {
            counted = source.count(filters);
            countedFor = filters;
        }
        return (int) Math.min(Integer.MAX_VALUE, counted);
    }

    @Override
    public List<ParticipantRow> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return source.page(query(filterBy, sortBy, first, pageSize, channelIds));
    }

    @Override
    public String getRowKey(ParticipantRow row) {
        return Long.toString(row.id());
    }

    @Override
    public ParticipantRow getRowData(String rowKey) {
        // Rows are links to the edit page; the table has no selection that would need a row by its key.
        throw new UnsupportedOperationException("The participant table has no row selection");
    }

    /** The query for a page: filters on postcode prefix, exact e-mail, status and channel; newest first by default. */
    static ParticipantQuery query(
            Map<String, FilterMeta> filterBy,
            Map<String, SortMeta> sortBy,
            int first,
            int pageSize,
            Set<String> channelIds) {
        String postcode = null;
        String email = null;
        ParticipantStatus status = null;
        String channel = null;
        for (FilterMeta filter : filterBy.values()) {
            String value = text(filter.getFilterValue());
            if (value == null || filter.getField() == null) {
                continue;
            }
            switch (filter.getField()) {
                case POSTCODE -> postcode = value;
                case EMAIL -> email = value;
                case STATUS -> status = status(value);
                case CHANNEL -> {
                    String id = value.strip().toLowerCase(Locale.ROOT);
                    channel = channelIds.contains(id) ? id : null;
                }
                default -> {
                    // A column without a server-side filter: nothing to apply.
                }
            }
        }
        SortMeta sort = sortBy.values().stream()
                .filter(s -> s.getOrder() != null && !s.getOrder().isUnsorted())
                .findFirst()
                .orElse(null);
        ParticipantQuery.SortField field =
                sort == null ? ParticipantQuery.SortField.CREATED : sortField(sort.getField());
        boolean ascending = sort != null && sort.getOrder().isAscending();
        return new ParticipantQuery(postcode, email, status, channel, field, ascending, first, pageSize);
    }

    private static ParticipantQuery.SortField sortField(String field) {
        if (field == null) {
            return ParticipantQuery.SortField.CREATED;
        }
        return switch (field) {
            case EMAIL -> ParticipantQuery.SortField.EMAIL;
            case STATUS -> ParticipantQuery.SortField.STATUS;
            case "birthYear" -> ParticipantQuery.SortField.BIRTH_YEAR;
            default -> ParticipantQuery.SortField.CREATED;
        };
    }

    /** An unknown status or channel (a hand-made request) filters nothing rather than failing the page. */
    private static ParticipantStatus status(String value) {
        try {
            return ParticipantStatus.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString().strip();
        return s.isEmpty() ? null : s;
    }
}
