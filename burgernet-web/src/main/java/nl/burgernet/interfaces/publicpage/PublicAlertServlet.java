package nl.burgernet.interfaces.publicpage;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import nl.burgernet.application.dispatch.AlertPageLinks;

/**
 * The short link {@code /a/<code>} an SMS carries: shows the alert's public page under that address (a forward, not a
 * redirect, so the address a resident passes on stays short), with headers that keep it out of search engines, since
 * an inquiry names streets, and out of other sites' frames.
 */
@WebServlet(name = "PublicAlert", urlPatterns = "/" + AlertPageLinks.PATH + "*")
public class PublicAlertServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/public/alert.xhtml";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String code = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        response.setHeader("X-Robots-Tag", "noindex");
        response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        // Updates and the outcome appear on the same address; a minute's caching keeps a shared link cheap.
        response.setHeader("Cache-Control", "public, max-age=60");
        request.getRequestDispatcher(PAGE + "?c=" + URLEncoder.encode(code, StandardCharsets.UTF_8))
                .forward(request, response);
    }
}
