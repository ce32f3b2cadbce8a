package nl.burgernet.interfaces.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import nl.burgernet.application.identity.LoginOutcome;
import nl.burgernet.infrastructure.security.LoginAttemptResult;

/** The login form. After logging in, each role lands on its own start page. */
@Named
@RequestScoped
public class LoginView {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    CurrentUser currentUser;

    @Inject
    LoginAttemptResult attempt;

    @Inject
    Messages messages;

    @Inject
    LoginClients clients;

    private String username;
    private String password;

    public String login() {
        ExternalContext ext = faces.getExternalContext();
        attempt.setClient(clients.of((HttpServletRequest) ext.getRequest()));
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) ext.getRequest(),
                (HttpServletResponse) ext.getResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        switch (status) {
            case SEND_CONTINUE -> {
                // The mechanism redirects to the page that asked for the login.
                currentUser.loggedIn(username.strip().toLowerCase());
                faces.responseComplete();
                return null;
            }
            case SUCCESS -> {
                currentUser.loggedIn(username.strip().toLowerCase());
                return currentUser.startPage() + "?faces-redirect=true";
            }
            default -> {
                // The same text for an unknown name and a wrong password; a wait names no account either.
                String text = attempt.outcome() instanceof LoginOutcome.Throttled throttled
                        ? messages.format(
                                "login.throttled",
                                DateTimeFormatter.ofPattern("HH:mm:ss")
                                        .format(throttled.until().atZone(AMSTERDAM)))
                        : messages.get("login.invalid");
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
                return null;
            }
        }
    }

    public String logout() throws Exception {
        ExternalContext ext = faces.getExternalContext();
        ((HttpServletRequest) ext.getRequest()).logout();
        ext.invalidateSession();
        return "/login.xhtml?faces-redirect=true";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
