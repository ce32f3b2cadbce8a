package nl.burgernet.it.alerts;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Lets the tests, outside the server, release the hanging channel and read how often it was called. */
@Path("it/lanes")
public class LaneTestControl {

    @Inject
    HangingChannel hanging;

    @Inject
    QuickBChannel quickB;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String state() {
        return Json.createObjectBuilder()
                .add("hangingCalls", hanging.calls())
                .add("hangingReturned", hanging.returned())
                .add("quickBBatches", quickB.deliveries().size())
                .build()
                .toString();
    }

    @POST
    @Path("release")
    public void release() {
        hanging.release();
    }
}
