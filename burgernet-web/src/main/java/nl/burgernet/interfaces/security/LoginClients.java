package nl.burgernet.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which client a login attempt comes from, for the login throttle: the connection's address, or behind a reverse proxy
 * the last address in the header the proxy writes ({@code burgernet.login.client-address-header}, e.g.
 * {@code X-Forwarded-For}). Only the last one: the proxy appends the address it saw, while anything before it was
 * written by the client itself and proves nothing. Leave the setting unset when no proxy writes that header, or any
 * client could name itself afresh for every guess.
 */
@ApplicationScoped
public class LoginClients {

    @Inject
    @ConfigProperty(name = "burgernet.login.client-address-header")
    Optional<String> header;

    public String of(HttpServletRequest request) {
        return header.filter(h -> !h.isBlank())
                .map(request::getHeader)
                .map(LoginClients::last)
                .filter(a -> !a.isEmpty())
                .orElse(request.getRemoteAddr());
    }

    static String last(String forwardedFor) {
        int comma = forwardedFor.lastIndexOf(',');
        return forwardedFor.substring(comma + 1).strip();
    }
}
