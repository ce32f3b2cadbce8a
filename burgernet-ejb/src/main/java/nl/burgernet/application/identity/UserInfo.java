package nl.burgernet.application.identity;

import java.util.Set;
import nl.burgernet.domain.model.identity.AppUser;
import nl.burgernet.domain.model.identity.Role;

/** A login as the UI sees it. {@code municipalityIds} is empty for a platform admin, who may pick any. */
public record UserInfo(String username, String displayName, Role role, Set<Long> municipalityIds) {

    public UserInfo {
        municipalityIds = Set.copyOf(municipalityIds);
    }

    static UserInfo of(AppUser u) {
        return new UserInfo(u.username(), u.displayName(), u.role(), u.municipalityIds());
    }

    public boolean mayWorkFor(long municipalityId) {
        return role == Role.PLATFORM_ADMIN || municipalityIds.contains(municipalityId);
    }
}
