package nl.burgernet.it.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.burgernet.it.support.PortalSession;

/**
 * The admin's participant table of Benchstad (100,000 participants): the whole page as a browser first loads it, and
 * the table's own ajax request when someone clicks a page number, each p95 of 200 requests.
 */
final class AdminTableBench {

    private static final int REQUESTS = 200;
    private static final int WARM_UP = 20;
    private static final int PAGE = 25;
    private static final String TABLE = "participantsForm:participants";
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern TABLE_ROW = Pattern.compile("<tr data-ri=\"");

    private final PortalSession admin;
    private final Figures figures;

    AdminTableBench(PortalSession admin, Figures figures) {
        this.admin = admin;
        this.figures = figures;
    }

    void measure(int participants) throws Exception {
        List<Double> whole = new ArrayList<>();
        String viewState = null;
        for (int i = 0; i < WARM_UP + REQUESTS; i++) {
            long started = System.nanoTime();
            HttpResponse<String> html = admin.get("admin/participants.xhtml");
            double ms = (System.nanoTime() - started) / 1e6;
            requireRows(html);
            Matcher m = VIEW_STATE.matcher(html.body());
            if (!m.find()) {
                throw new IllegalStateException("No view state on the participant page");
            }
            viewState = m.group(1);
            if (i >= WARM_UP) {
                whole.add(ms);
            }
        }
        List<Double> paging = new ArrayList<>();
        Random random = new Random(42);
        for (int i = 0; i < WARM_UP + REQUESTS; i++) {
            int first = random.nextInt(participants / PAGE) * PAGE;
            long started = System.nanoTime();
            HttpResponse<String> response = admin.postForm("admin/participants.xhtml", pageRequest(viewState, first));
            double ms = (System.nanoTime() - started) / 1e6;
            requireRows(response);
            if (i >= WARM_UP) {
                paging.add(ms);
            }
        }
        String what = String.format("Participant table at %,d: ", participants);
        figures.add("ui.page.p50", what + "whole page p50", Figures.median(whole), "ms");
        figures.atMost("ui.page.p95", what + "whole page p95", Figures.percentile(whole, 95), "ms", 200);
        figures.add("ui.paging.p50", what + "page click (ajax) p50", Figures.median(paging), "ms");
        figures.atMost("ui.paging.p95", what + "page click (ajax) p95", Figures.percentile(paging, 95), "ms", 200);
    }

    private static void requireRows(HttpResponse<String> response) {
        Matcher rows = TABLE_ROW.matcher(response.body());
        int n = 0;
        while (rows.find()) {
            n++;
        }
        if (response.statusCode() != 200 || n != PAGE) {
            throw new IllegalStateException("Expected a page of " + PAGE + " participants, got status "
                    + response.statusCode() + " with " + n + " rows");
        }
    }

    /** What PrimeFaces sends when someone clicks a page number of the lazy table. */
    private static Map<String, String> pageRequest(String viewState, int first) {
        return Map.of(
                "jakarta.faces.partial.ajax",
                "true",
                "jakarta.faces.source",
                TABLE,
                "jakarta.faces.partial.execute",
                TABLE,
                "jakarta.faces.partial.render",
                TABLE,
                TABLE + "_pagination",
                "true",
                TABLE + "_first",
                Integer.toString(first),
                TABLE + "_rows",
                Integer.toString(PAGE),
                TABLE + "_encodeFeature",
                "true",
                "participantsForm",
                "participantsForm",
                "jakarta.faces.ViewState",
                viewState);
    }
}
