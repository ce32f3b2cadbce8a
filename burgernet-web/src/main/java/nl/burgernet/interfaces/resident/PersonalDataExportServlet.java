package nl.burgernet.interfaces.resident;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import nl.burgernet.application.resident.PersonalData;
import nl.burgernet.application.resident.ResidentLinks;
import nl.burgernet.application.resident.ResidentService;

/**
 * "Download my data" (GDPR access and portability): everything held about the resident as a JSON file. POST only, from
 * the settings page's button with the manage token, so no prefetcher or proxy log ever triggers or keeps a download.
 */
@WebServlet(name = "ResidentDataExport", urlPatterns = "/resident/export")
public class PersonalDataExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ResidentService residents;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<PersonalData> data = residents.export(request.getParameter(ResidentLinks.TOKEN_PARAMETER));
        if (data.isEmpty()) {
            ResidentTexts texts = new ResidentTexts(request.getLocale());
            PlainPage.write(
                    response,
                    HttpServletResponse.SC_NOT_FOUND,
                    texts,
                    texts.get("manage.export"),
                    PlainPage.paragraph(texts.get("manage.invalid")));
            return;
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"burgernet-my-data.json\"");
        response.getWriter().write(PersonalDataJson.render(data.get(), Instant.now()));
    }
}
