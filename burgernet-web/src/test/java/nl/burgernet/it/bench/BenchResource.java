package nl.burgernet.it.bench;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import nl.burgernet.application.dispatch.RecipientCount;
import nl.burgernet.application.dispatch.TargetQuery;
import nl.burgernet.application.dispatch.Targeting;
import nl.burgernet.application.municipality.MunicipalityService;
import nl.burgernet.domain.model.alert.TargetArea;
import nl.burgernet.domain.model.geo.Coordinates;
import nl.burgernet.domain.model.geo.GeoCircle;
import nl.burgernet.infrastructure.dispatch.CandidateReader;

/**
 * What the benchmark asks of the server from outside: write its data, time a selection where it happens (without
 * HTTP around it), and read figures the public API does not give (send times of every delivery, the heap). Part of
 * the benchmark's WAR only.
 */
@Path("it/bench")
@Produces(MediaType.TEXT_PLAIN)
public class BenchResource {

    @Inject
    BenchData data;

    @Inject
    MunicipalityService municipalities;

    @Inject
    Targeting targeting;

    @Inject
    CandidateReader candidates;

    @Resource(lookup = "jdbc/burgernet")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    /** One job at a time: the benchmark waits for each before it goes on. */
    private static volatile Future<String> job;

    /**
     * Starts writing Benchstad's participants and points its e-mail at the given SMTP server; {@code GET job} answers
     * the milliseconds taken once done. Long work runs as a job: the HTTP connection would time out while it runs.
     */
    @POST
    @Path("benchstad")
    public void benchstad(
            @QueryParam("participants") int participants,
            @QueryParam("inner") int inner,
            @QueryParam("smtpPort") int smtpPort,
            @QueryParam("sessions") int sessions) {
        start(() -> {
            long started = System.nanoTime();
            long id = municipality(BenchFixture.BENCHSTAD);
            data.fillBenchstad(id, participants, inner);
            data.emailTo(id, "127.0.0.1", smtpPort, sessions);
            data.addProbeParticipant(municipality(BenchFixture.MEETSTAD));
            return Long.toString((System.nanoTime() - started) / 1_000_000);
        });
    }

    /** Starts writing Smsstad's participants (see {@link BenchData#fillSmsstad}); {@code GET job} answers the ms. */
    @POST
    @Path("smsstad")
    public void smsstad(@QueryParam("participants") int participants, @QueryParam("window") int window) {
        start(() -> {
            long started = System.nanoTime();
            data.fillSmsstad(municipality(BenchFixture.SMSSTAD), participants, window);
            return Long.toString((System.nanoTime() - started) / 1_000_000);
        });
    }

    /** How many of an alert's SMS deliveries have the SMSC's receipt saying DELIVERED, and how many another one. */
    @GET
    @Path("receipts/{alert}")
    public String receipts(@PathParam("alert") long alert) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT receipt, COUNT(*) FROM delivery WHERE alert_id = ?"
                        + " AND channel = 'sms' AND receipt IS NOT NULL GROUP BY receipt")) {
            s.setLong(1, alert);
            long delivered = 0;
            long other = 0;
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if ("DELIVERED".equals(rs.getString(1))) {
                        delivered = rs.getLong(2);
                    } else {
                        other += rs.getLong(2);
                    }
                }
            }
            return delivered + " " + other;
        }
    }

    /** Points Benchstad's e-mail at the given SMTP server: the owner's server carries an AMBER Alert's mails. */
    @POST
    @Path("benchstad-mail")
    public void benchstadMail(@QueryParam("smtpPort") int smtpPort, @QueryParam("sessions") int sessions)
            throws Exception {
        data.emailTo(municipality(BenchFixture.BENCHSTAD), "127.0.0.1", smtpPort, sessions);
    }

    /**
     * A first message's snapshot: "running" until it is written, then the deliveries written, the epoch milliseconds
     * of the last batch written, of the first mail the SMTP server accepted (0 for none yet), and the mails sent now.
     */
    @GET
    @Path("snapshot/{alert}")
    public String snapshot(@PathParam("alert") long alert) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            long message;
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, snapshot_done FROM alert_message WHERE alert_id = ? AND sequence_no = 0")) {
                s.setLong(1, alert);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next() || rs.getInt(2) != 1) {
                        return "running";
                    }
                    message = rs.getLong(1);
                }
            }
            String written;
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT COALESCE(SUM(size), 0), MAX(created_at) FROM delivery_batch WHERE message_id = ?")) {
                s.setLong(1, message);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    written = rs.getLong(1) + " " + millis(rs.getTimestamp(2));
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT MIN(sent_at), COUNT(*) FROM delivery" + " WHERE message_id = ? AND status = 'SENT'")) {
                s.setLong(1, message);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return written + " " + millis(rs.getTimestamp(1)) + " " + rs.getLong(2);
                }
            }
        }
    }

    /**
     * Starts generating the country (see {@link BenchData#fillCountry}); {@code GET job} answers the milliseconds taken,
     * then a line per town.
     */
    @POST
    @Path("country")
    public void country(@QueryParam("participants") int participants, @QueryParam("towns") int towns) {
        start(() -> {
            long started = System.nanoTime();
            var lines = data.fillCountry(participants, towns);
            return (System.nanoTime() - started) / 1_000_000 + "\n" + String.join("\n", lines);
        });
    }

    /**
     * Starts the count an AMBER Alert's preview makes (every municipality, no area, urgent, by e-mail), timed where it
     * runs; {@code GET job} answers the nanoseconds and the participants counted. A job: over two million
     * participants it outlasts an HTTP request.
     */
    @POST
    @Path("amber-count")
    public void amberCount() {
        start(() -> {
            TargetQuery national = new TargetQuery(Set.of(), Optional.empty(), Set.of("email"), true, 0, Instant.now());
            long started = System.nanoTime();
            RecipientCount count = targeting.count(national);
            return (System.nanoTime() - started) + " " + count.participants();
        });
    }

    /** The latest job's answer: 204 while it runs, its text when done, 500 with the failure when it failed. */
    @GET
    @Path("job")
    public Response job() throws InterruptedException {
        Future<String> running = job;
        if (running == null) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        if (!running.isDone()) {
            return Response.noContent().build();
        }
        try {
            return Response.ok(running.get()).build();
        } catch (ExecutionException e) {
            java.io.StringWriter trace = new java.io.StringWriter();
            e.getCause().printStackTrace(new java.io.PrintWriter(trace));
            return Response.serverError().entity(trace.toString()).build();
        }
    }

    private void start(Callable<String> work) {
        job = executor.submit(work);
    }

    /**
     * One selection as a regional alert makes it (the municipalities of {@code region}, or all when it is absent), not
     * urgent so the weekly budget is looked up too: answers the nanoseconds it took and the participants reached.
     */
    @GET
    @Path("select")
    public String select(
            @QueryParam("lat") double lat,
            @QueryParam("lon") double lon,
            @QueryParam("radius") int radius,
            @QueryParam("region") String region) {
        Set<Long> scope = region == null ? Set.of() : candidates.municipalitiesInRegion(region);
        TargetQuery query = new TargetQuery(
                scope,
                Optional.of(new TargetArea.Circle(new GeoCircle(new Coordinates(lat, lon), radius))),
                Set.of("email"),
                false,
                0,
                Instant.now());
        long started = System.nanoTime();
        RecipientCount count = targeting.count(query);
        long nanos = System.nanoTime() - started;
        return nanos + " " + count.participants();
    }

    /**
     * How many of an alert's deliveries are sent, and how many are in another state than pending or sending. Read
     * through the delivery index by message, channel and status, so polling it costs the dispatch little.
     */
    @GET
    @Path("sent/{alert}")
    public String sent(@PathParam("alert") long alert, @QueryParam("channel") @DefaultValue("email") String channel)
            throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("SELECT d.status, COUNT(*) FROM alert_message m JOIN delivery d"
                                + " ON d.message_id = m.id WHERE m.alert_id = ? AND d.channel = ? AND d.status IN"
                                + " ('SENT', 'RETRY', 'FAILED', 'DEAD') GROUP BY d.status")) {
            s.setLong(1, alert);
            s.setString(2, channel);
            long sent = 0;
            long other = 0;
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if ("SENT".equals(rs.getString(1))) {
                        sent = rs.getLong(2);
                    } else {
                        other += rs.getLong(2);
                    }
                }
            }
            return sent + " " + other;
        }
    }

    /** The epoch milliseconds of the first and the last mail of an alert the SMTP server accepted. */
    @GET
    @Path("sent/{alert}/times")
    public String sendTimes(@PathParam("alert") long alert) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT MIN(sent_at), MAX(sent_at) FROM delivery WHERE alert_id = ? AND status = 'SENT'")) {
            s.setLong(1, alert);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return millis(rs.getTimestamp(1)) + " " + millis(rs.getTimestamp(2));
            }
        }
    }

    /** The reply keys of Benchstad's deliveries (for replies that match), at most {@code limit}. */
    @GET
    @Path("reply-keys")
    public String replyKeys(@QueryParam("limit") int limit) throws SQLException {
        StringBuilder keys = new StringBuilder();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT d.reply_key FROM delivery d JOIN municipality m"
                        + " ON m.id = d.municipality_id WHERE m.cbs_code = ? ORDER BY d.id")) {
            s.setString(1, BenchFixture.BENCHSTAD);
            s.setMaxRows(limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    keys.append(rs.getString(1)).append('\n');
                }
            }
        }
        return keys.toString();
    }

    /**
     * The heap now: used and committed bytes, the maximum, and the old generation's use after its last collection
     * (what stays alive). Sampled by the benchmark to find the peak.
     */
    @GET
    @Path("heap")
    public String heap() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long liveAfterGc = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                liveAfterGc = Math.max(liveAfterGc, pool.getCollectionUsage().getUsed());
            }
        }
        return heap.getUsed() + " " + heap.getCommitted() + " " + heap.getMax() + " " + liveAfterGc;
    }

    private long municipality(String cbsCode) {
        return municipalities.findByCbsCode(cbsCode).orElseThrow().id();
    }

    private static long millis(Timestamp t) {
        return t == null ? 0 : t.getTime();
    }
}
