package nl.burgernet.interfaces.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import nl.burgernet.application.reply.QuarantineService;

/** The platform admin's look into the reply mailbox's quarantine. */
@Named
@RequestScoped
public class QuarantineView {

    @Inject
    QuarantineService quarantine;

    private List<Map<String, Object>> mails;

    public List<Map<String, Object>> getMails() {
        if (mails == null) {
            mails = quarantine.recent(500);
        }
        return mails;
    }
}
