package nl.burgernet.it.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.burgernet.application.audit.AuditLog;
import nl.burgernet.application.municipality.MunicipalityService;

/**
 * Test deployments only: a municipality's latest audit entries with their actor, so a test running outside the server
 * can check who the trail names. The portal has no audit screen yet.
 */
@WebServlet("/it/audit")
public class AuditProbe extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    MunicipalityService municipalities;

    @Inject
    AuditLog audit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id = municipalities
                .findByCbsCode(request.getParameter("cbs"))
                .orElseThrow()
                .id();
        JsonArrayBuilder entries = Json.createArrayBuilder();
        audit.recent(id, 200)
                .forEach(e -> entries.add(Json.createObjectBuilder()
                        .add("actor", e.actor())
                        .add("action", e.action())
                        .add("target", e.target())
                        .add("details", e.details() == null ? "" : e.details())));
        response.setContentType("application/json");
        response.getWriter().write(entries.build().toString());
    }
}
