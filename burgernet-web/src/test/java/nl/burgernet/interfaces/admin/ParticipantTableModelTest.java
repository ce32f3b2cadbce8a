package nl.burgernet.interfaces.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.burgernet.application.participant.ParticipantQuery;
import nl.burgernet.application.participant.ParticipantRow;
import nl.burgernet.domain.model.participant.ParticipantStatus;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class ParticipantTableModelTest {

    private static final Set<String> CHANNELS = Set.of("email", "sms");

    @Test
    void withoutFiltersOrSortingTheNewestSignUpsComeFirst() {
        ParticipantQuery q = ParticipantTableModel.query(Map.of(), Map.of(), 50, 25, CHANNELS);

        assertEquals(ParticipantQuery.SortField.CREATED, q.sortField());
        assertFalse(q.ascending());
        assertEquals(50, q.first());
        assertEquals(25, q.pageSize());
        assertNull(q.postcode());
        assertNull(q.email());
        assertNull(q.status());
        assertNull(q.channel());
    }

    @Test
    void columnFiltersBecomeTheQuerysFilters() {
        ParticipantQuery q = ParticipantTableModel.query(
                filters(
                        filter("firstAddress", " 3601 "),
                        filter("maskedEmail", "jan@example.nl"),
                        filter("status", "UNSUBSCRIBED"),
                        filter("channels", "SMS")),
                Map.of(),
                0,
                25,
                CHANNELS);

        assertEquals("3601", q.postcode());
        assertEquals("jan@example.nl", q.email());
        assertEquals(ParticipantStatus.UNSUBSCRIBED, q.status());
        assertEquals("sms", q.channel());
    }

    @Test
    void blankOrUnknownFilterValuesFilterNothing() {
        ParticipantQuery q = ParticipantTableModel.query(
                filters(filter("firstAddress", "  "), filter("status", "DROP TABLE"), filter("channels", "pigeon")),
                Map.of(),
                0,
                25,
                CHANNELS);

        assertNull(q.postcode());
        assertNull(q.status());
        assertNull(q.channel());
    }

    @Test
    void eachSortableColumnSortsOnItsField() {
        assertEquals(
                ParticipantQuery.SortField.EMAIL,
                sorted("maskedEmail", SortOrder.ASCENDING).sortField());
        assertEquals(
                ParticipantQuery.SortField.STATUS,
                sorted("status", SortOrder.ASCENDING).sortField());
        assertEquals(
                ParticipantQuery.SortField.BIRTH_YEAR,
                sorted("birthYear", SortOrder.ASCENDING).sortField());
        assertEquals(
                ParticipantQuery.SortField.CREATED,
                sorted("createdAt", SortOrder.ASCENDING).sortField());
        assertTrue(sorted("birthYear", SortOrder.ASCENDING).ascending());
        assertFalse(sorted("birthYear", SortOrder.DESCENDING).ascending());
    }

    @Test
    void pagingAndSortingCountOnceButNewFiltersCountAgain() {
        List<ParticipantQuery> counted = new ArrayList<>();
        List<ParticipantQuery> paged = new ArrayList<>();
        ParticipantTableModel model = new ParticipantTableModel(
                new ParticipantTableModel.Source() {
                    @Override
                    public long count(ParticipantQuery q) {
                        counted.add(q);
                        return q.postcode() == null ? 100_000 : 800;
                    }

                    @Override
                    public List<ParticipantRow> page(ParticipantQuery q) {
                        paged.add(q);
                        return List.of(row(7));
                    }
                },
                CHANNELS);

        assertEquals(100_000, model.count(Map.of()));
        assertEquals(List.of(row(7)), model.load(200, 25, Map.of(), Map.of()));
        assertEquals(100_000, model.count(Map.of()));
        model.load(
                0,
                25,
                Map.of(
                        "birthYear",
                        SortMeta.builder()
                                .field("birthYear")
                                .order(SortOrder.ASCENDING)
                                .build()),
                Map.of());
        assertEquals(1, counted.size(), "paging and sorting keep the count");

        assertEquals(800, model.count(filters(filter("firstAddress", "3601"))));
        assertEquals(2, counted.size(), "a new filter counts again");
        assertEquals(200, paged.get(0).first());
        assertEquals(25, paged.get(0).pageSize());
        assertEquals(ParticipantQuery.SortField.BIRTH_YEAR, paged.get(1).sortField());
        assertEquals("7", model.getRowKey(row(7)));
    }

    private static ParticipantQuery sorted(String field, SortOrder order) {
        return ParticipantTableModel.query(
                Map.of(),
                Map.of(field, SortMeta.builder().field(field).order(order).build()),
                0,
                25,
                CHANNELS);
    }

    private static FilterMeta filter(String field, Object value) {
        return FilterMeta.builder().field(field).filterValue(value).build();
    }

    private static Map<String, FilterMeta> filters(FilterMeta... filters) {
        Map<String, FilterMeta> map = new java.util.LinkedHashMap<>();
        for (FilterMeta f : filters) {
            map.put(f.getField(), f);
        }
        return map;
    }

    private static ParticipantRow row(long id) {
        return new ParticipantRow(
                id,
                "j***@example.nl",
                "***678",
                "3601 AB 12, Maarssen",
                1,
                List.of("email"),
                ParticipantStatus.ACTIVE,
                1980,
                Instant.parse("2024-05-01T10:00:00Z"));
    }
}
