package nl.burgernet.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.burgernet.application.municipality.MunicipalityService;

/** The landing page. */
@Named
@RequestScoped
public class HomeView {

    @Inject
    MunicipalityService municipalities;

    public int getMunicipalityCount() {
        return municipalities.all().size();
    }
}
