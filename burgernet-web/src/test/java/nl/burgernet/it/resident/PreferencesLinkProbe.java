package nl.burgernet.it.resident;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import nl.burgernet.application.resident.ResidentLinks;

/**
 * Test deployments only: the "preferences" link an alert message sent {@code days-ago} days ago would carry for the
 * resident with this address, built as the dispatcher builds it (from the stored link key, which never leaves the
 * server otherwise). Sending a whole alert for one link would test the dispatcher, not the link.
 */
@WebServlet("/it/preferences-link")
public class PreferencesLinkProbe extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @PersistenceContext(unitName = "burgernet")
    EntityManager em;

    @Inject
    ResidentLinks links;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT municipality_id, id, access_token FROM participant WHERE LOWER(email) = ?")
                .setHint("eclipselink.jdbc.allow-native-sql-query", Boolean.TRUE)
                .setParameter(1, request.getParameter("email").toLowerCase(Locale.ROOT))
                .getResultList();
        Object[] row = rows.get(0);
        Instant sent = Instant.now().minus(Duration.ofDays(Long.parseLong(request.getParameter("days-ago"))));
        response.setContentType("text/plain");
        response.getWriter()
                .write(links.preferencesUrl(
                        ((Number) row[0]).longValue(), ((Number) row[1]).longValue(), (String) row[2], sent));
    }
}
