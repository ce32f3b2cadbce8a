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

/**
 * Alerts for control-room systems and the operator's screens: create, approve, launch, update, end, cancel, read,
 * and watch the dispatch. Works for the caller's municipality; another municipality's alert is 404.
 */
@Path("alerts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AlertResource {

    @Inject
    AlertService alerts;

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

    @GET
    public List<AlertResponse> list(
            @QueryParam("status") AlertStatus status, @QueryParam("max") @DefaultValue("100") int max) {
        return alerts.list(Optional.ofNullable(status), Math.min(Math.max(1, max), 500)).stream()
                .map(AlertResponse::of)
                .toList();
    }

    @GET
    @Path("{id}")
    public AlertResponse get(@PathParam("id") long id) {
        return AlertResponse.of(alerts.get(id));
    }

    /** Changes a draft. */
    @PUT
    @Path("{id}")
    public AlertResponse revise(@PathParam("id") long id, AlertRequest request) {
        requireBody(request);
        return AlertResponse.of(alerts.revise(id, request.toDraft()));
    }

    @POST
    @Path("{id}/approve")
    public AlertResponse approve(@PathParam("id") long id) {
        return AlertResponse.of(alerts.approve(id));
    }

    @POST
    @Path("{id}/launch")
    public AlertResponse launch(@PathParam("id") long id) {
        return AlertResponse.of(alerts.launch(id));
    }

    @POST
    @Path("{id}/cancel")
    public AlertResponse cancel(@PathParam("id") long id) {
        return AlertResponse.of(alerts.cancel(id));
    }

    @POST
    @Path("{id}/updates")
    public AlertResponse update(@PathParam("id") long id, UpdateRequest request) {
        requireBody(request);
        return AlertResponse.of(
                alerts.update(id, new AlertContent(request.title(), request.body(), request.instructions())));
    }

    @POST
    @Path("{id}/end")
    public AlertResponse end(@PathParam("id") long id, EndRequest request) {
        requireBody(request);
        return AlertResponse.of(alerts.end(id, request.outcome()));
    }

    @GET
    @Path("{id}/progress")
    public List<Progress> progress(@PathParam("id") long id) {
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
