package nl.burgernet.interfaces.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * No other site may frame any page of the portal: a framed admin or operator page (launch, approve, import) could be
 * clicked by trickery (clickjacking). {@code frame-ancestors 'none'} for current browsers, {@code X-Frame-Options:
 * DENY} for older ones; {@code nosniff} so no answer is ever run as a script or a page it is not. Resident pages add
 * their own headers ({@link nl.burgernet.interfaces.resident.ResidentHeadersFilter}).
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        chain.doFilter(request, response);
    }
}
