package nl.burgernet.it.bench;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The benchmark reads the channel's figures through this, from outside the server. */
@Path("it/bench")
public class BenchControl {

    @Inject
    BenchSmsChannel channel;

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String figures() {
        long[] f = channel.figures();
        return f[0] + " " + f[1] + " " + f[2];
    }

    @POST
    @Path("reset")
    public void reset() {
        channel.resetFigures();
    }
}
