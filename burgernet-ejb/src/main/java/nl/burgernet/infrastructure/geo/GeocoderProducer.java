package nl.burgernet.infrastructure.geo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.logging.Logger;
import nl.burgernet.domain.model.geo.Geocoder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes the one {@link Geocoder} of the application, chosen by configuration:
 *
 * <ul>
 *   <li>{@code burgernet.geocoder} = {@code offline} (default: the demo postcode table, no network) or {@code pdok}
 *   <li>{@code burgernet.geocoder.pdok.url}: PDOK Locatieserver base URL, default {@value #DEFAULT_PDOK_URL}
 *       ({@code /free} is appended)
 *   <li>{@code burgernet.geocoder.pdok.timeout-ms}: how long one lookup may take, default 5000
 * </ul>
 *
 * An unknown value stops the deployment with a message naming the allowed ones, rather than silently geocoding with
 * something else. The implementations are plain classes (not beans), so this producer is the only {@code Geocoder}.
 */
@ApplicationScoped
public class GeocoderProducer {

    public static final String DEFAULT_PDOK_URL = "https://api.pdok.nl/bzk/locatieserver/search/v3_1";

    private static final Logger LOG = Logger.getLogger(GeocoderProducer.class.getName());

    private String kind;
    private URI pdokUrl;
    private Duration pdokTimeout;

    /** For the CDI proxy only. */
    protected GeocoderProducer() {}

    @Inject
    public GeocoderProducer(
            @ConfigProperty(name = "burgernet.geocoder", defaultValue = "offline") String kind,
            @ConfigProperty(name = "burgernet.geocoder.pdok.url", defaultValue = DEFAULT_PDOK_URL) String pdokUrl,
            @ConfigProperty(name = "burgernet.geocoder.pdok.timeout-ms", defaultValue = "5000") long pdokTimeoutMs) {
        this.kind = kind.strip().toLowerCase(Locale.ROOT);
        if (!this.kind.equals("offline") && !this.kind.equals("pdok")) {
            throw new IllegalStateException("burgernet.geocoder must be 'offline' or 'pdok', not '" + kind + "'");
        }
        if (pdokTimeoutMs <= 0) {
            throw new IllegalStateException(
                    "burgernet.geocoder.pdok.timeout-ms must be positive, not " + pdokTimeoutMs);
        }
        try {
            this.pdokUrl = URI.create(pdokUrl.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("burgernet.geocoder.pdok.url is not a URL: " + pdokUrl, e);
        }
        if (!"https".equals(this.pdokUrl.getScheme()) && !"http".equals(this.pdokUrl.getScheme())) {
            throw new IllegalStateException("burgernet.geocoder.pdok.url must be an http(s) URL: " + pdokUrl);
        }
        this.pdokTimeout = Duration.ofMillis(pdokTimeoutMs);
    }

    @Produces
    @ApplicationScoped
    public Geocoder geocoder() {
        if (kind.equals("pdok")) {
            LOG.info(() -> "Geocoding with PDOK Locatieserver at " + pdokUrl);
            return new PdokGeocoder(pdokUrl, pdokTimeout);
        }
        LOG.info("Geocoding with the offline demo postcode table (burgernet.geocoder=offline)");
        return OfflinePostcodeGeocoder.demo();
    }

    public void close(@Disposes Geocoder geocoder) {
        if (geocoder instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.warning(() -> "Closing the geocoder failed: " + e);
            }
        }
    }
}
