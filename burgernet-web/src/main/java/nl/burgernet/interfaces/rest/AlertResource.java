package nl.burgernet.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import nl.burgernet.application.alert.AlertService;
import nl.burgernet.application.dispatch.DeliveryRecord;
import nl.burgernet.application.dispatch.RecipientCount;
import nl.burgernet.domain.model.alert.AlertContent;
import nl.burgernet.domain.model.alert.AlertPriority;
import nl.burgernet.domain.model.alert.AlertStatus;
import nl.burgernet.interfaces.rest.AlertJson.AlertRequest;
import nl.burgernet.interfaces.rest.AlertJson.AlertResponse;
import nl.burgernet.interfaces.rest.AlertJson.EndRequest;
import nl.burgernet.interfaces.rest.AlertJson.PreviewRequest;
import nl.burgernet.interfaces.rest.AlertJson.Progress;
import nl.burgernet.interfaces.rest.AlertJson.UpdateRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Alerts for control-room systems and the operator's screens: create, approve, launch, update, end, cancel, read,
 * and watch the dispatch. Works for the caller's municipality (the API key's, or the one the operator selected);
 * another municipality's alert is 404. The OpenAPI annotations describe it for the document Payara serves at
 * {@code /openapi}.
 */
@Path("alerts")
@Tag(name = "Alerts")
@SecurityRequirement(name = ApiDocs.BEARER)
@SecurityRequirement(name = ApiDocs.X_API_KEY)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AlertResource {

    @Inject
    AlertService alerts;

    @Operation(
            summary = "Create an alert",
            description = "A new alert as a draft, for the key's municipality. Without startsAt it starts when"
                    + " launched; without expiresAt it expires 8 hours after its start. The area is a circle (centre"
                    + " and radiusMetres), a polygon, or CAP text; only an AMBER Alert, which reaches the whole"
                    + " country, has none.")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location has the alert's URL",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AlertResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST_REF)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED_REF)
    @POST
    public Response create(AlertRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
        requireBody(request);
        AlertResponse created = AlertResponse.of(alerts.create(request.toDraft()));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @Operation(summary = "List alerts", description = "The municipality's alerts, newest first.")
    @APIResponse(
            responseCode = "200",
            description = "The alerts",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(type = SchemaType.ARRAY, implementation = AlertResponse.class)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED_REF)
    @GET
    public List<AlertResponse> list(
            @Parameter(description = "Only alerts with this status", schema = @Schema(ref = ApiDocs.ALERT_STATUS))
                    @QueryParam("status")
                    AlertStatus status,
            @Parameter(description = "At most this many (1 to 500)") @QueryParam("max") @DefaultValue("100") int max) {
        return alerts.list(Optional.ofNullable(status), Math.min(Math.max(1, max), 500)).stream()
                .map(AlertResponse::of)
                .toList();
    }

    @Operation(
            summary = "Read an alert",
            description = "The alert with its messages (first message, updates, outcome).")
    @APIResponse(
            responseCode = "200",
            description = "The alert",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AlertResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND_REF)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED_REF)
    @GET
    @Path("{id}")
    public AlertResponse get(
            @Parameter(
                            description = "The alert's id",
                            required = true,
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                    @PathParam("id")
                    long id) {
        return AlertResponse.of(alerts.get(id));
    }

    /** Changes a draft. */
    @Operation(summary = "Change a draft", description = "Replaces the draft's fields; only a draft can be changed.")
    @APIResponse(
            responseCode = "200",
            description = "The changed draft",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AlertResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST_REF)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND_REF)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT_REF)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED_REF)
    @PUT
    @Path("{id}")
    public AlertResponse revise(
            @Parameter(
                            description = "The alert's id",
                            required = true,
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                    @PathParam("id")
                    long id,
            AlertRequest request) {
        requireBody(request);
        return AlertResponse.of(alerts.revise(id, request.toDraft()));
    }

    @Operation(
            summary = "Approve a draft",
            description = "Where the municipality wants four eyes, only an operator other than the alert's author can"
                    + " approve it.")
    @APIResponse(
            responseCode = "200",
            description = "The approved alert",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AlertResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND_REF)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT_REF)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED_REF)
    @POST
    @Path("{id}/approve")
    public AlertResponse approve(
            @Parameter(
                            description = "The alert's id",
                            required = true,
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                    @PathParam("id")
                    long id) {
        return AlertResponse.of(alerts.approve(id));
    }

    @Operation(
            summary = "Launch an alert",
            description = "Sends the alert now (status DISPATCHING, then ACTIVE when everyone has been reached), or at"
                    + " its startsAt (SCHEDULED). A draft is approved on the way unless the municipality wants a second"
                    + " operator's approval first (409).")
    @APIResponse(
            responseCode = "200",
            description = "The launched alert",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AlertResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST_REF)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND_REF)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT_REF)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED_REF)
    @POST
    @Path("{id}/launch")
    public AlertResponse launch(
            @Parameter(
                            description = "The alert's id",
                            required = true,
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                    @PathParam("id")
                    long id) {
        return AlertResponse.of(alerts.launch(id));
    }

    @Operation(summary = "Cancel an alert", description = "Stops an alert that has not gone out.")
    @APIResponse(
            responseCode = "200",
            description = "The cancelled alert",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AlertResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND_REF)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT_REF)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED_REF)
    @POST
    @Path("{id}/cancel")
    public AlertResponse cancel(
            @Parameter(
                            description = "The alert's id",
                            required = true,
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                    @PathParam("id")
                    long id) {
        return AlertResponse.of(alerts.cancel(id));
    }

    @Operation(
            summary = "Send an update",
            description =
                    "New information to everyone the alert reached, once the first message has reached them" + " all.")
    @APIResponse(
            responseCode = "200",
            description = "The alert with the new message",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AlertResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST_REF)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND_REF)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT_REF)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED_REF)
    @POST
    @Path("{id}/updates")
    public AlertResponse update(
            @Parameter(
                            description = "The alert's id",
                            required = true,
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                    @PathParam("id")
                    long id,
            UpdateRequest request) {
        requireBody(request);
        return AlertResponse.of(
                alerts.update(id, new AlertContent(request.title(), request.body(), request.instructions())));
    }

    @Operation(
            summary = "End an alert with its outcome",
            description = "The outcome (afloop) goes to everyone contacted; the alert is ENDED.")
    @APIResponse(
            responseCode = "200",
            description = "The ended alert",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AlertResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST_REF)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND_REF)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT_REF)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED_REF)
    @POST
    @Path("{id}/end")
    public AlertResponse end(
            @Parameter(
                            description = "The alert's id",
                            required = true,
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                    @PathParam("id")
                    long id,
            EndRequest request) {
        requireBody(request);
        return AlertResponse.of(alerts.end(id, request.outcome()));
    }

    @Operation(
            summary = "Follow the dispatch",
            description = "Per message and channel: how many recipients, sent, pending, retrying, failed, dead-lettered"
                    + " and skipped, and the percentage done.")
    @APIResponse(
            responseCode = "200",
            description = "Progress per message and channel",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(type = SchemaType.ARRAY, implementation = Progress.class)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND_REF)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED_REF)
    @GET
    @Path("{id}/progress")
    public List<Progress> progress(
            @Parameter(
                            description = "The alert's id",
                            required = true,
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                    @PathParam("id")
                    long id) {
        return alerts.progress(id).stream().map(Progress::of).toList();
    }

    /**
     * The deliveries that need attention: {@code status} FAILED, RETRY, DEAD (the dead letter) or SKIPPED.
     * Participants appear by number only.
     */
    @GET
    @Path("{id}/deliveries")
    public List<DeliveryRecord> deliveries(
            @PathParam("id") long id,
            @QueryParam("status") @DefaultValue("DEAD") AlertService.DeliveryStatusFilter status,
            @QueryParam("max") @DefaultValue("100") int max) {
        return alerts.deliveries(id, status, max);
    }

    /** How many participants an alert would reach now, per channel, while the operator draws the area. */
    @Operation(
            summary = "Count the recipients",
            description = "How many participants an alert would reach now, per channel, before it is created.")
    @APIResponse(
            responseCode = "200",
            description = "The count",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RecipientCount.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST_REF)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED_REF)
    @POST
    @Path("preview")
    public RecipientCount preview(PreviewRequest request) {
        requireBody(request);
        if (request.type() == null) {
            throw new IllegalArgumentException("Choose the kind of alert");
        }
        return alerts.preview(
                request.type(),
                request.priority() == null ? AlertPriority.NORMAL : request.priority(),
                request.area() == null ? Optional.empty() : request.area().toTargetArea(),
                request.channels() == null ? java.util.Set.of() : request.channels());
    }

    private static void requireBody(Object body) {
        if (body == null) {
            throw new IllegalArgumentException("The request needs a JSON body");
        }
    }
}
