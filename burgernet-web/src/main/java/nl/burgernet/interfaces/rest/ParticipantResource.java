package nl.burgernet.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.burgernet.application.participant.ParticipantNotFoundException;
import nl.burgernet.application.participant.ParticipantPage;
import nl.burgernet.application.participant.ParticipantQuery;
import nl.burgernet.application.participant.ParticipantRecord;
import nl.burgernet.application.participant.ParticipantService;
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
