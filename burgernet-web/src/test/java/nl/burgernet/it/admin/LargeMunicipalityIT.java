package nl.burgernet.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.burgernet.it.support.PortalDeployment;
import nl.burgernet.it.support.PortalSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The participant table of a municipality with 100,000 participants: every page is a count and one page query, so
 * paging, sorting and filtering stay quick. Prints p50/p95 of page requests through REST, the table's own ajax and
 * the whole page; asserts only that the pages are right (timings are for people to read, not for a build to judge).
 * Filling the database takes a while, so this runs only with {@code -Dburgernet.it.large=true}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "burgernet.it.large", matches = "true")
class LargeMunicipalityIT {

    private static final int REQUESTS = 50;
    private static final int PAGE = 25;
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern TABLE_ROW = Pattern.compile("<tr data-ri=\"");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTestClasses(LargeMunicipality.class, BulkParticipants.class);
    }

    @ArquillianResource
    URL portalUrl;

    @Test
    void pagesOfAHundredThousandParticipantsComeQuickly() throws Exception {
        PortalSession admin =
                PortalSession.login(portalUrl.toURI(), LargeMunicipality.ADMIN, LargeMunicipality.PASSWORD);
        Random random = new Random(42);
        for (int i = 0; i < 10; i++) {
            page(admin, "first=" + random.nextInt(LargeMunicipality.PARTICIPANTS - PAGE)); // warm-up
        }

        List<Long> rest = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            int first = random.nextInt(LargeMunicipality.PARTICIPANTS - PAGE);
            long started = System.nanoTime();
            JsonObject page = page(admin, "first=" + first);
            rest.add(System.nanoTime() - started);
            assertEquals(
                    LargeMunicipality.PARTICIPANTS, page.getJsonNumber("total").longValue());
            assertEquals(PAGE, page.getJsonArray("rows").size());
        }
        report("REST /api/admin/participants?first=random&max=25", rest);

        List<Long> filtered = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            long started = System.nanoTime();
            JsonObject page = page(admin, "postcode=3601&first=" + random.nextInt(1_000));
            filtered.add(System.nanoTime() - started);
            assertTrue(page.getJsonNumber("total").longValue() > 1_000, page.toString());
        }
        report("REST ?postcode=3601&first=random(0-1000)&max=25", filtered);

        List<Long> wholePage = new ArrayList<>();
        String viewState = null;
        for (int i = 0; i < 20; i++) {
            long started = System.nanoTime();
            HttpResponse<String> html = admin.get("admin/participants.xhtml");
            wholePage.add(System.nanoTime() - started);
            assertEquals(200, html.statusCode());
            assertEquals(PAGE, count(TABLE_ROW, html.body()));
            Matcher m = VIEW_STATE.matcher(html.body());
            assertTrue(m.find());
            viewState = m.group(1);
        }
        report("GET /admin/participants.xhtml (count + first page, rendered)", wholePage);

        List<Long> ajax = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            int first = random.nextInt(LargeMunicipality.PARTICIPANTS / PAGE) * PAGE;
            long started = System.nanoTime();
            HttpResponse<String> response = admin.postForm("admin/participants.xhtml", pageRequest(viewState, first));
            ajax.add(System.nanoTime() - started);
            assertEquals(200, response.statusCode());
            assertEquals(PAGE, count(TABLE_ROW, response.body()), response.body());
        }
        report("table ajax paging (random page of 4,000)", ajax);

        long started = System.nanoTime();
        HttpResponse<String> export = admin.postForm(
                "admin/participants.xhtml",
                Map.of(
                        "participantsForm", "participantsForm",
                        "participantsForm:export", "",
                        "jakarta.faces.ViewState", viewState));
        long exportMillis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(200, export.statusCode());
        assertEquals(LargeMunicipality.PARTICIPANTS + 1, export.body().lines().count(), "header and every participant");
        System.out.printf(
                "LARGE: CSV export of %d participants: %d ms%n", LargeMunicipality.PARTICIPANTS, exportMillis);
    }

    /** What PrimeFaces sends when someone clicks a page number of the lazy table. */
    private static Map<String, String> pageRequest(String viewState, int first) {
        String table = "participantsForm:participants";
        return Map.of(
                "jakarta.faces.partial.ajax",
                "true",
                "jakarta.faces.source",
                table,
                "jakarta.faces.partial.execute",
                table,
                "jakarta.faces.partial.render",
                table,
                table + "_pagination",
                "true",
                table + "_first",
                Integer.toString(first),
                table + "_rows",
                Integer.toString(PAGE),
                table + "_encodeFeature",
                "true",
                "participantsForm",
                "participantsForm",
                "jakarta.faces.ViewState",
                viewState);
    }

    private JsonObject page(PortalSession admin, String query) throws Exception {
        HttpResponse<String> response = admin.get("api/admin/participants?max=" + PAGE + "&" + query);
        assertEquals(200, response.statusCode(), response.body());
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static void report(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf(
                "LARGE: %s over %d requests: p50 %d ms, p95 %d ms, max %d ms%n",
                what,
                sorted.size(),
                percentile(sorted, 50) / 1_000_000,
                percentile(sorted, 95) / 1_000_000,
                sorted.get(sorted.size() - 1) / 1_000_000);
    }

    private static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }
}
