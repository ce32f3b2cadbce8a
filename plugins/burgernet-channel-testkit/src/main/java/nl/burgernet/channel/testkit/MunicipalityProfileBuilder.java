package nl.burgernet.channel.testkit;

import java.net.URI;
import nl.burgernet.channel.api.MunicipalityProfile;

/** Builds a {@link MunicipalityProfile}; by default Stichtse Vecht, with example.org-style test domains. */
public final class MunicipalityProfileBuilder {

    private String code = "GM0355";
    private String name = "Gemeente Stichtse Vecht";
    private URI logoUrl = URI.create("https://www.stichtsevecht.example/logo.png");
    private String brandColour = "#00689D";
    private String senderName = "Burgernet Stichtse Vecht";
    private String senderAddress = "burgernet@stichtsevecht.example";
    private String replyDomain = "reply.burgernet.example";
    private String contactAddress = "veiligheid@stichtsevecht.example";

    private MunicipalityProfileBuilder() {}

    public static MunicipalityProfileBuilder aMunicipality() {
        return new MunicipalityProfileBuilder();
    }

    public MunicipalityProfileBuilder code(String code) {
        this.code = code;
        return this;
    }

    public MunicipalityProfileBuilder name(String name) {
        this.name = name;
        return this;
    }

    public MunicipalityProfileBuilder logoUrl(URI logoUrl) {
        this.logoUrl = logoUrl;
        return this;
    }

    public MunicipalityProfileBuilder brandColour(String brandColour) {
        this.brandColour = brandColour;
        return this;
    }

    public MunicipalityProfileBuilder senderName(String senderName) {
        this.senderName = senderName;
        return this;
    }

    public MunicipalityProfileBuilder senderAddress(String senderAddress) {
        this.senderAddress = senderAddress;
        return this;
    }

    public MunicipalityProfileBuilder replyDomain(String replyDomain) {
        this.replyDomain = replyDomain;
        return this;
    }

    public MunicipalityProfileBuilder contactAddress(String contactAddress) {
        this.contactAddress = contactAddress;
        return this;
    }

    public MunicipalityProfile build() {
        return new MunicipalityProfile(
                code, name, logoUrl, brandColour, senderName, senderAddress, replyDomain, contactAddress);
    }
}
