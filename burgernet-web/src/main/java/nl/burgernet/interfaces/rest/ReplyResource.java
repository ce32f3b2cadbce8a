package nl.burgernet.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.burgernet.application.reply.ReplyService;
import nl.burgernet.application.reply.ReplyView;

/**
 * Residents' replies to an alert, for the operator: newest first, pseudonymous; photos; marking useful tips; and
 * the audited request for a resident's contact details.
 */
@Path("alerts/{alertId}/replies")
@Produces(MediaType.APPLICATION_JSON)
public class ReplyResource {

    @Inject
    ReplyService replies;

    /** Tips only by default; {@code all=true} adds auto-replies and bounces (never shown as tips). */
    @GET
    public List<ReplyView> list(
            @PathParam("alertId") long alertId,
            @QueryParam("all") @DefaultValue("false") boolean all,
            @QueryParam("max") @DefaultValue("200") int max) {
        return replies.replies(alertId, !all, max);
    }

    @GET
    @Path("{replyId}/photos/{position}")
    public Response photo(
            @PathParam("alertId") long alertId,
            @PathParam("replyId") long replyId,
            @PathParam("position") int position) {
        var photo = replies.photo(alertId, replyId, position).orElseThrow(NotFoundException::new);
        // The type was checked against the bytes when the mail was read; nosniff keeps browsers to it.
        return Response.ok(photo.getValue(), photo.getKey())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "inline")
                .build();
    }

    @POST
    @Path("{replyId}/useful")
    public Response useful(
            @PathParam("alertId") long alertId,
            @PathParam("replyId") long replyId,
            @QueryParam("useful") @DefaultValue("true") boolean useful) {
        replies.markUseful(alertId, replyId, useful);
        return Response.noContent().build();
    }

    /** Re-files an auto-reply or a bounce as a tip, when the operator sees that it was one; audited. */
    @POST
    @Path("{replyId}/tip")
    public Response refileAsTip(@PathParam("alertId") long alertId, @PathParam("replyId") long replyId) {
        replies.refileAsTip(alertId, replyId);
        return Response.noContent().build();
    }

    /** The resident's contact details behind a reply. Every call is audited. */
    @POST
    @Path("{replyId}/contact")
    public ReplyService.ContactDetails contact(@PathParam("alertId") long alertId, @PathParam("replyId") long replyId) {
        return replies.revealContact(alertId, replyId);
    }
}
