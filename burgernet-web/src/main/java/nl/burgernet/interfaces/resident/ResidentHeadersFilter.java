package nl.burgernet.interfaces.resident;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Resident pages carry a personal token in their URL. So: no Referer leaves them (a link on the page would hand the
 * token to another site), nothing is cached (a shared computer's history is enough), and no search engine indexes
 * them. That no other site frames them (a framed one-click button could be clicked by trickery) holds for every page
 * ({@link nl.burgernet.interfaces.security.SecurityHeadersFilter}).
 */
@WebFilter(filterName = "ResidentHeaders", urlPatterns = "/resident/*")
public class ResidentHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        chain.doFilter(request, response);
    }
}
