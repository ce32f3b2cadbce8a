package nl.burgernet.application.participant;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.burgernet.application.audit.AuditLog;
import nl.burgernet.application.channel.AvailableChannels;
import nl.burgernet.application.participant.csvimport.ImportedParticipant;
import nl.burgernet.application.participant.csvimport.ParticipantCsvReader;
import nl.burgernet.channel.api.ChannelDescriptor;
import nl.burgernet.domain.model.identity.Role;
import nl.burgernet.domain.model.participant.AddressDetails;
import nl.burgernet.domain.model.participant.ContactDetails;
import nl.burgernet.domain.model.participant.Participant;
import nl.burgernet.domain.model.participant.ParticipantDetails;
import nl.burgernet.domain.model.participant.ParticipantStatus;
import nl.burgernet.domain.model.participant.ParticipantValidator;
import nl.burgernet.infrastructure.persistence.jdbc.ParticipantInserts;
import nl.burgernet.infrastructure.tenancy.TenantContext;
import nl.burgernet.infrastructure.tenancy.Tenanted;

/**
 * What a municipality admin does with participants. Runs for the current municipality only: another municipality's
 * participant is "not found", whether listed, guessed by id or named in a form.
 */
@Stateless
@Tenanted
@RolesAllowed({Role.Roles.PLATFORM_ADMIN, Role.Roles.MUNICIPALITY_ADMIN})
public class ParticipantService {

    /** EclipseLink's batch fetching: a page's (or an export's) addresses in one query instead of one per row. */
    private static final String BATCH = "eclipselink.batch";

    private static final String BATCH_TYPE = "eclipselink.batch.type";

    /** Rows an import hands to the database at once: big enough for fast batches, small enough to stay flat. */
    static final int IMPORT_CHUNK = 1_000;

    private static final ParticipantCsvReader CSV_READER = new ParticipantCsvReader(new ParticipantValidator());

    @PersistenceContext(unitName = "burgernet")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    AddressGeocoding geocoding;

    @Inject
    ParticipantInserts inserts;

    @Inject
    AvailableChannels channels;

    @Resource
    SessionContext context;

    /** Reads an import file while the request's thread stores it. */
    @Resource
    ManagedExecutorService executor;

    /** A page and the number of all matches, for the REST API. */
    public ParticipantPage search(ParticipantQuery q) {
        return new ParticipantPage(page(q), count(q));
    }

    /** How many participants match the query's filters (its sort and window do not matter). */
    public long count(ParticipantQuery q) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM Participant p" + where(q, params), Long.class);
        params.forEach(count::setParameter);
        return count.getSingleResult();
    }

    /**
     * One page of the table, in two cheap steps whatever the municipality's size: the page's ids (the database sorts
     * narrow rows, or reads them in index order), then just those participants, with all their addresses in one more
     * query.
     */
    public List<ParticipantRow> page(ParticipantQuery q) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Object[]> window = em.createQuery(
                "SELECT p.id, " + sortField(q) + " FROM Participant p" + where(q, params) + orderBy(q), Object[].class);
        params.forEach(window::setParameter);
        List<Long> ids = window.setFirstResult(q.first()).setMaxResults(q.pageSize()).getResultList().stream()
                .map(row -> ((Number) row[0]).longValue())
                .toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Participant> byId = em
                .createQuery("SELECT p FROM Participant p WHERE p.id IN :ids", Participant.class)
                .setParameter("ids", ids)
                .setHint(BATCH, "p.addresses")
                .setHint(BATCH, "p.contacts")
                .setHint(BATCH_TYPE, "IN")
                .getResultList()
                .stream()
                .collect(Collectors.toMap(Participant::id, p -> p));
        return rows(
                ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList());
    }

    /** The participant in full. Opening it shows contact details, so the sight is audited. */
    public Optional<ParticipantRecord> open(long id) {
        Optional<Participant> p = find(id);
        p.ifPresent(found -> audit.record("PARTICIPANT_VIEWED", "participant", id, null));
        return p.map(ParticipantService::record);
    }

    public long create(ParticipantDetails details) {
        Participant p = new Participant(ParticipantStatus.ACTIVE, AccessTokens.hash(AccessTokens.newToken()));
        p.update(details);
        em.persist(p);
        em.flush();
        audit.record("PARTICIPANT_CREATED", "participant", p.id(), null);
        return p.id();
    }

    public ParticipantRecord update(long id, ParticipantDetails details) {
        Participant p = find(id).orElseThrow(() -> new ParticipantNotFoundException(id));
        p.update(details);
        audit.record("PARTICIPANT_UPDATED", "participant", id, null);
        return record(p);
    }

    public void delete(long id) {
        Participant p = find(id).orElseThrow(() -> new ParticipantNotFoundException(id));
        em.remove(p);
        audit.record("PARTICIPANT_DELETED", "participant", id, null);
    }

    /**
     * Stores the accepted rows of a CSV preview in one transaction: all of them or, on a database failure, none.
     * Rows whose e-mail is already registered here, or whose address cannot be found, are reported with their line
     * number and left out; the others still go in.
     */
    public ImportOutcome importRows(List<ImportedParticipant> rows) {
        long municipalityId = TenantContext.require();
        Instant now = Instant.now();
        ParticipantImport run = new ParticipantImport(
                geocoding,
                inserts.registeredEmails(municipalityId),
                chunk -> inserts.insert(municipalityId, now, chunk),
                IMPORT_CHUNK);
        rows.forEach(run::accepted);
        ImportOutcome outcome = run.finish();
        auditImport(outcome.imported(), outcome.rejected().size());
        return outcome;
    }

    /**
     * Reads, checks and stores a CSV file (columns: {@code CsvColumn}) in one pass and one transaction, holding only
     * a few chunks of rows at a time: the good rows all go in or, on a database failure, none. Bad rows are reported
     * with their line number and never stop the good ones. A file-level error (columns missing, not readable) stores
     * nothing, even when it is found only after the first rows. The file is read and checked on a second thread while
     * this one stores (see {@link ChunkPipeline}); the stream is read, not closed.
     */
    public CsvImportReport importCsv(InputStream csv) {
        long municipalityId = TenantContext.require();
        Instant now = Instant.now();
        Set<String> registered = inserts.registeredEmails(municipalityId);
        List<ChannelDescriptor> offered = channels.here();
        FileOutcome read = ChunkPipeline.<NewParticipant, FileOutcome>run(
                executor,
                store -> {
                    ParticipantImport run = new ParticipantImport(geocoding, registered, store, IMPORT_CHUNK);
                    ParticipantCsvReader.Summary summary = CSV_READER.read(csv, offered, run);
                    return summary.fileLevelError()
                            ? new FileOutcome(summary, new ImportOutcome(0, run.rejected()))
                            : new FileOutcome(summary, run.finish());
                },
                chunk -> inserts.insert(municipalityId, now, chunk));
        long rowsRead = read.summary().rowsRead();
        if (read.summary().fileLevelError()) {
            // What the chunks before the error stored goes when the transaction is rolled back.
            context.setRollbackOnly();
            return new CsvImportReport(
                    rowsRead, 0, read.outcome().rejected(), true, read.summary().ignoredColumns());
        }
        CsvImportReport report = new CsvImportReport(
                rowsRead,
                read.outcome().imported(),
                read.outcome().rejected(),
                false,
                read.summary().ignoredColumns());
        auditImport(report.imported(), report.rejectedRows());
        return report;
    }

    /** How the file was read, and what the import made of its rows. */
    private record FileOutcome(ParticipantCsvReader.Summary summary, ImportOutcome outcome) {}

    private void auditImport(int imported, long rejectedRows) {
        audit.record(
                "PARTICIPANTS_IMPORTED", "participant", null, imported + " imported, " + rejectedRows + " rejected");
    }

    /** All of this municipality's participants, for the CSV export (the sight of their details is audited). */
    public List<ParticipantRecord> exportAll() {
        audit.record("PARTICIPANTS_EXPORTED", "participant", null, null);
        return em
                .createQuery("SELECT p FROM Participant p ORDER BY p.id", Participant.class)
                .setHint(BATCH, "p.addresses")
                .setHint(BATCH, "p.contacts")
                .setHint(BATCH_TYPE, "IN")
                .getResultList()
                .stream()
                .map(ParticipantService::record)
                .toList();
    }

    /** Which of these e-mail addresses are taken in this municipality (for the import's duplicate check). */
    public Set<String> existingEmails(Collection<String> emails) {
        Set<String> taken = new java.util.HashSet<>();
        List<String> all = new ArrayList<>(emails);
        for (int i = 0; i < all.size(); i += 1000) {
            taken.addAll(em.createQuery("SELECT p.email FROM Participant p WHERE p.email IN :emails", String.class)
                    .setParameter("emails", all.subList(i, Math.min(all.size(), i + 1000)))
                    .getResultList());
        }
        return taken;
    }

    /** Participants per status and per channel switched on, for the dashboard. */
    public ParticipantStatistics statistics() {
        Map<ParticipantStatus, Long> perStatus = new java.util.EnumMap<>(ParticipantStatus.class);
        for (Object[] row :
                em.createNamedQuery("Participant.countByStatus", Object[].class).getResultList()) {
            perStatus.put((ParticipantStatus) row[0], (Long) row[1]);
        }
        // Per channel offered here: active participants with it on, and contacts it stopped for after failures.
        Map<String, Long> perChannel = new java.util.LinkedHashMap<>();
        Map<String, Long> failing = new java.util.LinkedHashMap<>();
        for (ChannelDescriptor channel : channels.here()) {
            perChannel.put(channel.id(), 0L);
            failing.put(channel.id(), 0L);
        }
        for (Object[] row : em.createQuery(
                        "SELECT c.channel, SUM(CASE WHEN c.enabled = :on AND c.failing = :off THEN 1 ELSE 0 END),"
                                + " SUM(CASE WHEN c.failing = :on THEN 1 ELSE 0 END)"
                                + " FROM ContactPoint c WHERE c.participant.status = :active GROUP BY c.channel",
                        Object[].class)
                .setParameter("active", ParticipantStatus.ACTIVE)
                .setParameter("on", Boolean.TRUE)
                .setParameter("off", Boolean.FALSE)
                .getResultList()) {
            String channel = (String) row[0];
            if (perChannel.containsKey(channel)) {
                perChannel.put(channel, row[1] == null ? 0L : ((Number) row[1]).longValue());
                failing.put(channel, row[2] == null ? 0L : ((Number) row[2]).longValue());
            }
        }
        List<Object[]> perMonth = em.createQuery(
                        "SELECT EXTRACT(YEAR FROM p.createdAt), EXTRACT(MONTH FROM p.createdAt), COUNT(p)"
                                + " FROM Participant p GROUP BY EXTRACT(YEAR FROM p.createdAt),"
                                + " EXTRACT(MONTH FROM p.createdAt)",
                        Object[].class)
                .getResultList();
        Map<String, Long> signUps = new java.util.TreeMap<>();
        for (Object[] row : perMonth) {
            signUps.put(
                    String.format(Locale.ROOT, "%04d-%02d", ((Number) row[0]).intValue(), ((Number) row[1]).intValue()),
                    ((Number) row[2]).longValue());
        }
        return new ParticipantStatistics(perStatus, perChannel, failing, signUps);
    }

    private Optional<Participant> find(long id) {
        // find() honours the tenant too: another municipality's id gives null.
        return Optional.ofNullable(em.find(Participant.class, id));
    }

    /** Rows of participants whose addresses are batch-fetched (see {@link #page}). */
    private static List<ParticipantRow> rows(List<Participant> participants) {
        return participants.stream()
                .map(p -> {
                    ParticipantDetails d = p.details();
                    List<AddressDetails> own = d.addresses();
                    return new ParticipantRow(
                            p.id(),
                            Masking.email(p.email()),
                            Masking.mobile(number(d)),
                            own.isEmpty() ? "" : own.get(0).label(),
                            own.size(),
                            channels(d),
                            p.status(),
                            d.birthYear(),
                            p.createdAt());
                })
                .toList();
    }

    static List<String> channels(ParticipantDetails d) {
        return d.channelsOn();
    }

    /** The first phone number among the participant's contacts (numbers are stored in E.164: "+31..."). */
    private static String number(ParticipantDetails d) {
        return d.contacts().stream()
                .map(ContactDetails::address)
                .filter(a -> a != null && a.startsWith("+"))
                .findFirst()
                .orElse(null);
    }

    private static ParticipantRecord record(Participant p) {
        return new ParticipantRecord(
                p.id(), p.details(), p.status(), ContactState.of(p), p.createdAt(), p.confirmedAt());
    }

    private static String where(ParticipantQuery q, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        if (q.postcode() != null && !q.postcode().isBlank()) {
            // IN rather than a correlated EXISTS: the addresses are found once through the postcode index, instead
            // of being looked up again for every participant of the municipality.
            clauses.add("p.id IN (SELECT a.participant.id FROM ParticipantAddress a WHERE a.postcode LIKE :postcode)");
            params.put("postcode", q.postcode().replace(" ", "").toUpperCase(Locale.ROOT) + "%");
        }
        if (q.email() != null && !q.email().isBlank()) {
            clauses.add("p.email = :email");
            params.put("email", q.email().strip().toLowerCase(Locale.ROOT));
        }
        if (q.status() != null) {
            clauses.add("p.status = :status");
            params.put("status", q.status());
        }
        if (q.channel() != null) {
            clauses.add("p.id IN (SELECT c.participant.id FROM ContactPoint c WHERE c.channel = :channel"
                    + " AND c.enabled = :channelOn)");
            params.put("channel", q.channel());
            params.put("channelOn", Boolean.TRUE);
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    private static String sortField(ParticipantQuery q) {
        return switch (q.sortField()) {
            case CREATED -> "p.createdAt";
            case EMAIL -> "p.email";
            case STATUS -> "p.status";
            case BIRTH_YEAR -> "p.birthYear";
        };
    }

    private static String orderBy(ParticipantQuery q) {
        String dir = q.ascending() ? " ASC" : " DESC";
        return " ORDER BY " + sortField(q) + dir + ", p.id" + dir;
    }
}
