package nl.burgernet.interfaces.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.burgernet.infrastructure.tenancy.TenantContext;

/**
 * Every request works for the municipality the logged-in person selected (checked when it was selected), or, for a
 * request made with an API key, for the key's municipality. Requests without one (public pages, resident links) set
 * none, and tenant-owned data then stays out of reach.
 */
@WebFilter(filterName = "TenantFilter", urlPatterns = "/*")
public class TenantFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Long municipality = ApiKeyAuthenticationMechanism.municipalityOf(request)
                .orElseGet(() -> request.getSession(false) != null && currentUser.isLoggedIn()
                        ? currentUser.getMunicipalityId()
                        : null);
        TenantContext.set(municipality);
        try {
            chain.doFilter(request, response);
        } finally {
            TenantContext.clear();
        }
    }
}
