package nl.burgernet.interfaces.security;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.burgernet.application.identity.UserInfo;
import nl.burgernet.application.identity.UserService;
import nl.burgernet.application.municipality.MunicipalityService;
import nl.burgernet.application.municipality.MunicipalityView;
import nl.burgernet.domain.model.identity.Role;

/**
 * The logged-in person and the municipality they are working for now. A municipality admin has exactly one; an
 * operator picks among the municipalities assigned to them; a platform admin among all. The choice is checked here,
 * on the server, so a crafted request cannot select someone else's municipality.
 */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UserService users;

    @Inject
    transient MunicipalityService municipalities;

    private UserInfo user;
    private Long municipalityId;

    public void loggedIn(String username) {
        user = users.find(username).orElseThrow();
        List<MunicipalityView> allowed = selectableMunicipalities();
        municipalityId = allowed.isEmpty() ? null : allowed.get(0).id();
    }

    public boolean isLoggedIn() {
        return user != null;
    }

    /** Where each role starts after logging in. */
    public String startPage() {
        if (isPlatformAdmin()) {
            return "/admin/municipalities.xhtml";
        }
        return isMunicipalityAdmin() ? "/admin/index.xhtml" : "/operator/index.xhtml";
    }

    public UserInfo user() {
        return user;
    }

    public String getDisplayName() {
        return user == null ? "" : user.displayName();
    }

    public boolean isPlatformAdmin() {
        return user != null && user.role() == Role.PLATFORM_ADMIN;
    }

    public boolean isMunicipalityAdmin() {
        return user != null && user.role() == Role.MUNICIPALITY_ADMIN;
    }

    public boolean isOperator() {
        return user != null && user.role() == Role.OPERATOR;
    }

    public boolean isAdmin() {
        return isPlatformAdmin() || isMunicipalityAdmin();
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public void setMunicipalityId(Long id) {
        if (id != null && user != null && user.mayWorkFor(id)) {
            municipalityId = id;
        }
    }

    public String getMunicipalityName() {
        return municipalityId == null
                ? ""
                : municipalities
                        .find(municipalityId)
                        .map(MunicipalityView::name)
                        .orElse("");
    }

    public List<MunicipalityView> selectableMunicipalities() {
        if (user == null) {
            return List.of();
        }
        return municipalities.all().stream()
                .filter(m -> user.mayWorkFor(m.id()))
                .toList();
    }
}
