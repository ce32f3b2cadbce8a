package nl.burgernet.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import nl.burgernet.application.reply.QuarantineService;

/** Mail from the reply mailbox that could not be read or matched, newest first (platform admin). */
@Path("admin/quarantine")
@Produces(MediaType.APPLICATION_JSON)
public class QuarantineResource {

    @Inject
    QuarantineService quarantine;

    @GET
    public List<Map<String, Object>> recent(@QueryParam("max") @DefaultValue("100") int max) {
        return quarantine.recent(max);
    }
}
