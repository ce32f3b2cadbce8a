package nl.burgernet.it.alerts;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.burgernet.channel.api.Recipient;

/** Lets the tests read what the pager test channel was given: number and alert reference per recipient. */
@Path("it/pager")
public class PagerTestControl {

    @Inject
    PagerTestChannel channel;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String recipients() {
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (var delivery : channel.deliveries()) {
            for (Recipient r : delivery.batch().recipients()) {
                all.add(Json.createObjectBuilder()
                        .add("address", r.address())
                        .add("alert", delivery.batch().message().alertReference())
                        .add("unsubscribe", r.unsubscribeUrl().toString()));
            }
        }
        return all.build().toString();
    }
}
