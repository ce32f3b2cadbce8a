package nl.burgernet.it.admin;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.burgernet.application.audit.AuditLog;
import nl.burgernet.application.channel.ChannelSettingsReader;
import nl.burgernet.application.municipality.MunicipalityService;
import nl.burgernet.application.municipality.MunicipalityView;

/**
 * Test deployments only: what the dispatch path would read for a municipality's channel (secrets included, which is
 * why this never ships), and the municipality's latest audit entries, so a browser test can check what was stored.
 */
@WebServlet("/it/channel-settings")
public class ChannelSettingsProbe extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    MunicipalityService municipalities;

    @Inject
    ChannelSettingsReader reader;

    @Inject
    AuditLog audit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        MunicipalityView m =
                municipalities.findByCbsCode(request.getParameter("cbs")).orElseThrow();
        JsonObjectBuilder values = Json.createObjectBuilder();
        reader.configurationFor(m.id(), m.cbsCode(), request.getParameter("channel"))
                .values()
                .forEach(values::add);
        JsonArrayBuilder entries = Json.createArrayBuilder();
        audit.recent(m.id(), 50).forEach(e -> entries.add(e.action() + " " + e.target() + ": " + e.details()));
        response.setContentType("application/json");
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("values", values)
                        .add("audit", entries)
                        .build()
                        .toString());
    }
}
