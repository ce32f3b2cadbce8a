package nl.burgernet.application.municipality;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.burgernet.application.audit.AuditLog;
import nl.burgernet.application.channel.AvailableChannels;
import nl.burgernet.domain.model.identity.Role;
import nl.burgernet.domain.model.municipality.AlertPolicy;
import nl.burgernet.domain.model.municipality.CbsCode;
import nl.burgernet.domain.model.municipality.Municipality;
import nl.burgernet.domain.model.municipality.MunicipalityRepository;
import nl.burgernet.domain.model.municipality.MunicipalitySettings;

/** Municipalities are not tenant-owned: they are the tenants. Only the platform admin creates and edits them. */
@Stateless
public class MunicipalityService {

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    AuditLog audit;

    @Inject
    AvailableChannels channels;

    @PersistenceContext(unitName = "burgernet")
    EntityManager em;

    @RolesAllowed(Role.Roles.PLATFORM_ADMIN)
    public MunicipalityView create(String cbsCode, String name, MunicipalitySettings settings) {
        return MunicipalityView.of(createDuringSetup(cbsCode, name, settings));
    }

    /** A new municipality with its alert policy, as the platform admin's form creates it. */
    @RolesAllowed(Role.Roles.PLATFORM_ADMIN)
    public MunicipalityView create(String cbsCode, String name, MunicipalitySettings settings, AlertPolicy policy) {
        Municipality m = createDuringSetup(cbsCode, name, settings);
        changePolicy(m, policy);
        return MunicipalityView.of(m);
    }

    /** First start-up and demo data; the caller is the system, not a person. */
    @PermitAll
    public MunicipalityView createForSetup(String cbsCode, String name, MunicipalitySettings settings) {
        return MunicipalityView.of(createDuringSetup(cbsCode, name, settings));
    }

    /** First start-up and demo data, with an alert policy. */
    @PermitAll
    public MunicipalityView createForSetup(
            String cbsCode, String name, MunicipalitySettings settings, AlertPolicy policy) {
        Municipality m = createDuringSetup(cbsCode, name, settings);
        m.applyAlertPolicy(policy);
        return MunicipalityView.of(m);
    }

    private Municipality createDuringSetup(String cbsCode, String name, MunicipalitySettings settings) {
        CbsCode code = new CbsCode(cbsCode);
        if (municipalities.findByCbsCode(code).isPresent()) {
            throw new IllegalArgumentException("A municipality with CBS code " + code + " exists already");
        }
        Municipality m = new Municipality(code, name);
        m.applySettings(
                settings.enabledChannels().isEmpty() ? settings.withEnabledChannels(channels.onByDefault()) : settings);
        municipalities.store(m);
        em.flush();
        audit.recordFor(m.id(), "MUNICIPALITY_CREATED", "municipality", m.id(), code + " " + name);
        return m;
    }

    @RolesAllowed(Role.Roles.PLATFORM_ADMIN)
    public MunicipalityView update(long id, String name, MunicipalitySettings settings) {
        Municipality m = em.find(Municipality.class, id);
        if (m == null) {
            throw new IllegalArgumentException("No municipality " + id);
        }
        m.rename(name);
        m.applySettings(settings);
        audit.recordFor(id, "MUNICIPALITY_UPDATED", "municipality", id, settings.toString());
        return MunicipalityView.of(m);
    }

    /** Name, settings and alert policy at once, as the platform admin's form saves them. */
    @RolesAllowed(Role.Roles.PLATFORM_ADMIN)
    public MunicipalityView update(long id, String name, MunicipalitySettings settings, AlertPolicy policy) {
        update(id, name, settings);
        Municipality m = em.find(Municipality.class, id);
        changePolicy(m, policy);
        return MunicipalityView.of(m);
    }

    /** Audited on its own, old and new, only when it changes: who turned four eyes off is worth finding quickly. */
    private void changePolicy(Municipality m, AlertPolicy policy) {
        AlertPolicy before = m.alertPolicy();
        if (before.equals(policy)) {
            return;
        }
        m.applyAlertPolicy(policy);
        audit.recordFor(
                m.id(),
                "ALERT_POLICY_CHANGED",
                "municipality",
                m.id(),
                describe(policy) + " (was " + describe(before) + ")");
    }

    private static String describe(AlertPolicy p) {
        return "region=" + p.region().orElse("-") + ", requiresApproval=" + p.requiresApproval() + ", weeklyBudget="
                + p.weeklyBudget();
    }

    /** Names and settings are not secret: every logged-in person sees the municipalities they may pick. */
    @PermitAll
    public List<MunicipalityView> all() {
        return municipalities.findAll().stream().map(MunicipalityView::of).toList();
    }

    @PermitAll
    public Optional<MunicipalityView> find(long id) {
        return Optional.ofNullable(em.find(Municipality.class, id)).map(MunicipalityView::of);
    }

    @PermitAll
    public Optional<MunicipalityView> findByCbsCode(String cbsCode) {
        return municipalities.findByCbsCode(new CbsCode(cbsCode)).map(MunicipalityView::of);
    }
}
