package nl.burgernet.application.municipality;

import nl.burgernet.domain.model.municipality.Municipality;
import nl.burgernet.domain.model.municipality.MunicipalitySettings;

public record MunicipalityView(long id, String cbsCode, String name, MunicipalitySettings settings) {

    public static MunicipalityView of(Municipality m) {
        return new MunicipalityView(m.id(), m.cbsCode().value(), m.name(), m.settings());
    }
}
