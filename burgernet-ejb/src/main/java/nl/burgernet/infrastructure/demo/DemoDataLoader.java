package nl.burgernet.infrastructure.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.burgernet.application.identity.UserService;
import nl.burgernet.application.municipality.MunicipalityService;
import nl.burgernet.application.municipality.MunicipalityView;
import nl.burgernet.channel.api.ChannelDescriptor;
import nl.burgernet.domain.model.municipality.AlertPolicy;
import nl.burgernet.domain.model.municipality.MunicipalitySettings;
import nl.burgernet.infrastructure.channels.ChannelRegistry;
import nl.burgernet.infrastructure.geo.OfflinePostcodeGeocoder;
import nl.burgernet.infrastructure.geo.PostcodeEntry;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Fills an empty database with the demo municipalities and logins; a second start finds them and does nothing. */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
// Each step commits on its own: later steps (other transactions) refer to the municipalities created first.
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    static final String STICHTSE_VECHT = "GM0355";
    static final String DE_RONDE_VENEN = "GM0736";

    @Inject
    @ConfigProperty(name = "burgernet.demo", defaultValue = "false")
    boolean demo;

    // Optional: MicroProfile Config treats an empty default as no value at all.
    @Inject
    @ConfigProperty(name = "burgernet.demo.logins")
    Optional<String> logins;

    @Inject
    MunicipalityService municipalities;

    @Inject
    UserService users;

    @Inject
    DemoParticipantWriter participantWriter;

    @Inject
    ChannelRegistry channels;

    /** The share of Stichtse Vecht's demo residents who also gave a mobile number (for the channels that text it). */
    static final int STICHTSE_VECHT_MOBILE_PERCENT = 40;

    /** Stichtse Vecht had 6,460 Burgernetmail participants when it started (April 2018). */
    static final int STICHTSE_VECHT_PARTICIPANTS = 6460;

    static final int DE_RONDE_VENEN_PARTICIPANTS = 1200;

    /** Both lie in veiligheidsregio Utrecht: a Vermist Kind Alert of one reaches the other. */
    private static final AlertPolicy UTRECHT_REGION =
            new AlertPolicy("Utrecht", false, AlertPolicy.DEFAULT_WEEKLY_BUDGET);

    @PostConstruct
    void load() {
        if (!demo || municipalities.findByCbsCode(STICHTSE_VECHT).isPresent()) {
            return;
        }
        // Stichtse Vecht uses every deployed channel (with the SMS plugin: e-mail and SMS), De Ronde Venen only those
        // on by default (Burgernetmail). With no plugin deployed at all, the municipalities keep their default.
        List<ChannelDescriptor> deployed = channels.descriptors();
        Set<String> everyChannel = ids(deployed, c -> true);
        Set<String> defaultChannels = ids(deployed, ChannelDescriptor::onByDefault);
        municipalities.createForSetup(
                STICHTSE_VECHT,
                "Stichtse Vecht",
                new MunicipalitySettings(
                        "burgernet@stichtsevecht.nl",
                        "Burgernet Stichtse Vecht",
                        "burgernet@stichtsevecht.nl",
                        "reply.stichtsevecht.burgernet.local",
                        null,
                        "#00529b",
                        "nl",
                        everyChannel,
                        LocalTime.of(23, 0),
                        LocalTime.of(7, 0)),
                UTRECHT_REGION);
        municipalities.createForSetup(
                DE_RONDE_VENEN,
                "De Ronde Venen",
                new MunicipalitySettings(
                        "burgernet@derondevenen.nl",
                        "Burgernet De Ronde Venen",
                        "burgernet@derondevenen.nl",
                        "reply.derondevenen.burgernet.local",
                        null,
                        "#2e7d32",
                        "nl",
                        defaultChannels,
                        null,
                        null),
                UTRECHT_REGION);
        for (DemoLogin login : DemoLogin.parseAll(logins.orElse(""))) {
            Set<Long> ids = login.cbsCodes().stream()
                    .map(code -> municipalities
                            .findByCbsCode(code)
                            .map(MunicipalityView::id)
                            .orElseThrow())
                    .collect(Collectors.toSet());
            users.createDuringSetup(
                    new UserService.NewUser(
                            login.username(),
                            displayName(login),
                            login.password().toCharArray(),
                            login.role(),
                            ids),
                    true);
        }
        addParticipants(STICHTSE_VECHT, STICHTSE_VECHT_PARTICIPANTS, "example.nl", STICHTSE_VECHT_MOBILE_PERCENT);
        addParticipants(DE_RONDE_VENEN, DE_RONDE_VENEN_PARTICIPANTS, "example.com", 0);
        LOG.info("Demo data loaded: Stichtse Vecht and De Ronde Venen with their participants and logins");
    }

    private void addParticipants(String cbsCode, int count, String mailDomain, int mobilePercent) {
        MunicipalityView municipality = municipalities.findByCbsCode(cbsCode).orElseThrow();
        long municipalityId = municipality.id();
        Set<String> enabled = municipality.settings().enabledChannels();
        List<ChannelDescriptor> offered = channels.descriptors().stream()
                .filter(c -> enabled.contains(c.id()))
                .toList();
        List<PostcodeEntry> postcodes = OfflinePostcodeGeocoder.demo().entries().stream()
                .filter(e -> e.municipality().value().equals(cbsCode))
                .toList();
        List<DemoParticipants.Generated> all =
                DemoParticipants.generate(postcodes, count, cbsCode.hashCode(), mailDomain, offered, mobilePercent);
        for (int i = 0; i < all.size(); i += BATCH) {
            participantWriter.store(municipalityId, all.subList(i, Math.min(all.size(), i + BATCH)));
        }
    }

    private static final int BATCH = 1000;

    private static Set<String> ids(
            List<ChannelDescriptor> channels, java.util.function.Predicate<ChannelDescriptor> which) {
        return channels.stream().filter(which).map(ChannelDescriptor::id).collect(Collectors.toSet());
    }

    private static String displayName(DemoLogin login) {
        return switch (login.role()) {
            case PLATFORM_ADMIN -> "Platform admin";
            case MUNICIPALITY_ADMIN -> "Beheerder " + String.join(", ", login.cbsCodes());
            case OPERATOR -> "Meldkamer-operator";
        };
    }
}
