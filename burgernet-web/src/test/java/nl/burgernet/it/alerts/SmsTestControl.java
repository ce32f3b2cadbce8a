package nl.burgernet.it.alerts;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import nl.burgernet.channel.api.Recipient;

/** Lets the tests, which run outside the server, script the SMS test channel and read what it delivered. */
@Path("it/sms")
public class SmsTestControl {

    @Inject
    SmsTestChannel channel;

    /** Every recipient delivered to: mobile number, alert reference, message sequence and thread reference. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String recipients() {
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (var delivery : channel.deliveries()) {
            for (Recipient r : delivery.batch().recipients()) {
                all.add(Json.createObjectBuilder()
                        .add("address", r.address())
                        .add("alert", delivery.batch().message().alertReference())
                        .add("sequence", delivery.batch().message().sequence())
                        .add("thread", r.threadReference())
                        .add("replyKey", r.replyKey()));
            }
        }
        return all.build().toString();
    }

    @POST
    @Path("retry/{address}")
    public void retry(@PathParam("address") String address) {
        channel.retryFor(address, "operator busy", Duration.ZERO);
    }

    @POST
    @Path("fail/{address}")
    public void fail(@PathParam("address") String address) {
        channel.failFor(address, "number does not exist");
    }

    @POST
    @Path("throw-next")
    public void throwNext() {
        channel.throwOnNextDelivery(new IllegalStateException("SMS gateway unreachable (test)"));
    }
}
