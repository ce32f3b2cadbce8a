package nl.burgernet.interfaces.rest;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import nl.burgernet.application.channel.ChannelLimitService;
import nl.burgernet.application.channel.ChannelLimitService.LimitView;

/**
 * The platform admin's lower limits per municipality and channel: {@code PUT
 * /api/admin/channel-limits/GM0355/sms} with {@code {"concurrentBatches": 1, "messagesPerSecond": 10}} (0 keeps
 * the plugin's figure; both 0 removes the limit).
 */
@Path("admin/channel-limits")
@Produces(MediaType.APPLICATION_JSON)
public class ChannelLimitResource {

    @Inject
    ChannelLimitService limits;

    /** The body of a PUT. */
    public record LimitInput(int concurrentBatches, int messagesPerSecond) {}

    @GET
    public List<LimitView> all() {
        return limits.all();
    }

    @GET
    @Path("{municipality}/{channel}")
    public Response one(@PathParam("municipality") String municipality, @PathParam("channel") String channel) {
        return answer(() -> limits.of(municipality, channel));
    }

    @PUT
    @Path("{municipality}/{channel}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response set(
            @PathParam("municipality") String municipality, @PathParam("channel") String channel, LimitInput input) {
        if (input == null) {
            return ErrorMappers.error(
                    Response.Status.BAD_REQUEST, "A body with concurrentBatches and messagesPerSecond");
        }
        return answer(() -> limits.set(municipality, channel, input.concurrentBatches(), input.messagesPerSecond()));
    }

    private static Response answer(Supplier<LimitView> call) {
        try {
            return Response.ok(call.get()).build();
        } catch (EJBException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof NoSuchElementException) {
                return ErrorMappers.error(Response.Status.NOT_FOUND, cause.getMessage());
            }
            if (cause instanceof IllegalArgumentException) {
                return ErrorMappers.error(Response.Status.BAD_REQUEST, cause.getMessage());
            }
            throw e;
        }
    }
}
