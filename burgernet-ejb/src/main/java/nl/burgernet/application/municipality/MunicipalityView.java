package nl.burgernet.application.municipality;

import nl.burgernet.domain.model.municipality.AlertPolicy;
import nl.burgernet.domain.model.municipality.Municipality;
import nl.burgernet.domain.model.municipality.MunicipalitySettings;

public record MunicipalityView(
        long id, String cbsCode, String name, MunicipalitySettings settings, AlertPolicy alertPolicy) {

    /** With the default alert policy (no region, no four eyes, the default weekly budget), for callers that need none. */
    public MunicipalityView(long id, String cbsCode, String name, MunicipalitySettings settings) {
        this(id, cbsCode, name, settings, new AlertPolicy((String) null, false, AlertPolicy.DEFAULT_WEEKLY_BUDGET));
    }

    public static MunicipalityView of(Municipality m) {
        return new MunicipalityView(m.id(), m.cbsCode().value(), m.name(), m.settings(), m.alertPolicy());
    }
}
