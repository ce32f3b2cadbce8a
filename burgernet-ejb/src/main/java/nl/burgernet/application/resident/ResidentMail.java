package nl.burgernet.application.resident;

import java.util.Objects;
import nl.burgernet.application.municipality.MunicipalityView;
import nl.burgernet.domain.model.participant.Language;

/** One mail to one resident, before it is rendered: what kind, to whom, in which language, with which link. */
public record ResidentMail(
        ResidentMailKind kind, String to, Language language, String link, MunicipalityView municipality) {

    public ResidentMail {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(municipality, "municipality");
    }
}
