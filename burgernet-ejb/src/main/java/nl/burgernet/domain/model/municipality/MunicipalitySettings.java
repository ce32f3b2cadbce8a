package nl.burgernet.domain.model.municipality;

import java.time.LocalTime;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a municipality configures: how its mail looks and who it comes from, where replies go, its channels and its
 * default quiet hours (residents may set their own).
 *
 * @param replyDomain the domain of the reply addresses ({@code reply+KEY@replyDomain}); mail for it must reach the
 *     portal's reply mailbox
 * @param brandColour a CSS hex colour, e.g. {@code #1d4f91}
 * @param defaultLanguage {@code nl} or {@code en}
 */
public record MunicipalitySettings(
        String contactEmail,
        String senderName,
        String senderEmail,
        String replyDomain,
        String logoUrl,
        String brandColour,
        String defaultLanguage,
        Set<String> enabledChannels,
        LocalTime quietFrom,
        LocalTime quietTo) {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern DOMAIN = Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

    public MunicipalitySettings {
        enabledChannels = Set.copyOf(enabledChannels);
        if (brandColour == null || !COLOUR.matcher(brandColour).matches()) {
            throw new IllegalArgumentException("The brand colour is a hex colour such as #1d4f91: " + brandColour);
        }
        if (!"nl".equals(defaultLanguage) && !"en".equals(defaultLanguage)) {
            throw new IllegalArgumentException("The default language is nl or en: " + defaultLanguage);
        }
        if (replyDomain != null
                && !replyDomain.isBlank()
                && !DOMAIN.matcher(replyDomain).matches()) {
            throw new IllegalArgumentException("The reply domain is a domain name such as burgernet.example.nl");
        }
        if ((quietFrom == null) != (quietTo == null)) {
            throw new IllegalArgumentException("Quiet hours need both a start and an end time");
        }
    }

    public MunicipalitySettings withEnabledChannels(Set<String> channels) {
        return new MunicipalitySettings(
                contactEmail,
                senderName,
                senderEmail,
                replyDomain,
                logoUrl,
                brandColour,
                defaultLanguage,
                channels,
                quietFrom,
                quietTo);
    }

    /**
     * The settings of a new municipality. No channels: a municipality created with none gets the deployed channels
     * that are on by default (their plugins say which), so the domain names no channel.
     */
    public static MunicipalitySettings defaults() {
        return new MunicipalitySettings(null, null, null, null, null, "#1d4f91", "nl", Set.of(), null, null);
    }
}
