package nl.burgernet.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import nl.burgernet.application.participant.CsvImportReport;
import nl.burgernet.application.participant.ParticipantNotFoundException;
import nl.burgernet.application.participant.ParticipantPage;
import nl.burgernet.application.participant.ParticipantQuery;
import nl.burgernet.application.participant.ParticipantRecord;
import nl.burgernet.application.participant.ParticipantService;
import nl.burgernet.application.participant.csvimport.IgnoredColumns;
import nl.burgernet.application.participant.csvimport.RowError;
import nl.burgernet.domain.model.participant.ParticipantDetails;
import nl.burgernet.domain.model.participant.ParticipantStatus;

/**
 * The current municipality's participants. Another municipality's participant answers 404 exactly like one that
 * does not exist, so ids cannot be probed.
 */
@Path("admin/participants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParticipantResource {

    private static final int MAX_PAGE = 500;
    private static final Locale DUTCH = Locale.of("nl");

    @Inject
    ParticipantService participants;

    @GET
    public ParticipantPage search(
            @QueryParam("postcode") String postcode,
            @QueryParam("email") String email,
            @QueryParam("status") ParticipantStatus status,
            @QueryParam("channel") String channel,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("50") int max) {
        return participants.search(new ParticipantQuery(
                postcode,
                email,
                status,
                channel,
                ParticipantQuery.SortField.CREATED,
                false,
                Math.max(0, first),
                Math.min(Math.max(1, max), MAX_PAGE)));
    }

    /**
     * Imports a CSV file (the columns of the admin screen's import, see {@code CsvColumn}), streamed: read, checked
     * and stored in one pass. Good rows are stored together; bad ones are reported by line number and never stop the
     * good ones, not even a quote left open. A file that cannot be read at all (no header, wrong columns, no rows under
     * the header) imports nothing and answers 400.
     */
    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    public Response importCsv(InputStream csv, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Locale locale = acceptLanguage != null && acceptLanguage.strip().startsWith("nl") ? DUTCH : Locale.ENGLISH;
        CsvImportReport report = participants.importCsv(csv);
        List<ImportReport.RejectedRow> rejected =
                report.rejected().stream().map(e -> rejectedRow(e, locale)).toList();
        return Response.status(report.fileLevelError() ? Response.Status.BAD_REQUEST : Response.Status.OK)
                .entity(new ImportReport(
                        report.rowsRead(),
                        report.imported(),
                        rejected,
                        IgnoredColumns.describe(report.ignoredColumns(), locale)))
                .build();
    }

    private static ImportReport.RejectedRow rejectedRow(RowError e, Locale locale) {
        return new ImportReport.RejectedRow(e.lineNumber(), e.column().orElse(""), e.message(locale));
    }

    @GET
    @Path("{id}")
    public ParticipantRecord get(@PathParam("id") long id) {
        return participants.open(id).orElseThrow(NotFoundException::new);
    }

    @PUT
    @Path("{id}")
    public ParticipantRecord update(@PathParam("id") long id, ParticipantDetails details) {
        try {
            return participants.update(id, details);
        } catch (ParticipantNotFoundException e) {
            throw new NotFoundException();
        }
    }

    @DELETE
    @Path("{id}")
    public void delete(@PathParam("id") long id) {
        try {
            participants.delete(id);
        } catch (ParticipantNotFoundException e) {
            throw new NotFoundException();
        }
    }
}
