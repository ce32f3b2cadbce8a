package nl.burgernet.application.reply;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.burgernet.domain.model.identity.Role;
import nl.burgernet.infrastructure.reply.ReplyStore;

/**
 * The reply mailbox's quarantine: mail that could not be read or matched to a delivery (forged or mistyped keys).
 * It belongs to no municipality until someone looks, so only the platform admin sees it.
 */
@Stateless
@RolesAllowed(Role.Roles.PLATFORM_ADMIN)
public class QuarantineService {

    @Inject
    ReplyStore store;

    public List<Map<String, Object>> recent(int max) {
        return store.quarantined(Math.max(1, Math.min(max, 1_000)));
    }
}
