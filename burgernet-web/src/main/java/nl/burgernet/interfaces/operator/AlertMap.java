package nl.burgernet.interfaces.operator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.stream.Collectors;
import nl.burgernet.domain.model.alert.AlertType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the operator's map is drawn: Leaflet from the webjar inside the WAR (no CDN, so it works on a closed network),
 * and the tile server from {@code burgernet.map.tile-url}. Without tiles (no internet, or the URL set to {@code none})
 * the map
 * shows the area on a plain grid, which is all targeting needs.
 */
@Named("alertMap")
@ApplicationScoped
public class AlertMap {

    /** Where the Leaflet webjar's files are served from, below the context root. */
    static final String LEAFLET = "/webjars/leaflet/1.9.4/dist/";

    @Inject
    @ConfigProperty(name = "burgernet.map.tile-url", defaultValue = "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    String tileUrl;

    @Inject
    @ConfigProperty(
            name = "burgernet.map.attribution",
            defaultValue = "&copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a>")
    String attribution;

    public String getTileUrl() {
        String url = tileUrl == null ? "" : tileUrl.strip();
        return "none".equalsIgnoreCase(url) ? "" : url;
    }

    public String getAttribution() {
        return attribution;
    }

    public String getLeafletPath() {
        return LEAFLET;
    }

    /** "SUSPECT:1500,VEHICLE:3000,...,AMBER:0" for the map script: the circle follows the chosen type. */
    public String getDefaultRadii() {
        return Arrays.stream(AlertType.values())
                .map(t -> t.name() + ":" + t.defaultRadiusMetres())
                .collect(Collectors.joining(","));
    }
}
