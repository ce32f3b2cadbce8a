package nl.burgernet.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.burgernet.domain.model.municipality.MunicipalityRepository;

/** The landing page. */
@Named
@RequestScoped
public class HomeView {

    @Inject
    MunicipalityRepository municipalities;

    public int getMunicipalityCount() {
        return municipalities.findAll().size();
    }
}
