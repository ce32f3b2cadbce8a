package nl.burgernet.channel.api;

import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The municipality on whose behalf a batch goes out, as residents see it: its name, look and the addresses its
 * messages come from and answers go to. Channels use what fits them (e-mail all of it, SMS the sender name).
 *
 * @param code the municipality's CBS code, e.g. {@code GM0355}; the same as {@link
 *     ChannelConfiguration#municipalityCode()}
 * @param name the name residents know, e.g. {@code Gemeente Stichtse Vecht}
 * @param logoUrl absolute http(s) address of the logo shown in rich messages; {@code null} when there is none
 * @param brandColour the municipality's colour as {@code #RRGGBB}; empty for the Burgernet default
 * @param senderName who a message is from, e.g. {@code Burgernet Stichtse Vecht} (e-mail display name, SMS sender)
 * @param senderAddress the e-mail address messages are sent from, e.g. {@code burgernet@stichtsevecht.nl}; its
 *     domain is the municipality's mail domain (Message-IDs, DKIM)
 * @param replyDomain the domain whose mail reaches Burgernet's reply intake, e.g. {@code reply.burgernet.nl}:
 *     answers go to {@code reply+KEY@}, bounces to {@code bounce+KEY@} and unsubscribe mails to {@code
 *     unsubscribe+KEY@} that domain
 * @param contactAddress where residents send questions about Burgernet in their municipality (a municipal e-mail
 *     address); empty when the municipality gives none
 */
public record MunicipalityProfile(
        String code,
        String name,
        URI logoUrl,
        String brandColour,
        String senderName,
        String senderAddress,
        String replyDomain,
        String contactAddress) {

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    public MunicipalityProfile {
        code = requireText(code, "code");
        name = requireText(name, "name");
        senderName = senderName == null || senderName.isBlank() ? name : senderName;
        senderAddress = requireText(senderAddress, "senderAddress");
        replyDomain = requireText(replyDomain, "replyDomain");
        brandColour = Objects.requireNonNullElse(brandColour, "");
        contactAddress = Objects.requireNonNullElse(contactAddress, "");
        if (!brandColour.isEmpty() && !COLOUR.matcher(brandColour).matches()) {
            throw new IllegalArgumentException("The brand colour is written #RRGGBB, e.g. #004C97: " + brandColour);
        }
        if (logoUrl != null && !Links.isWebAddress(logoUrl)) {
            throw new IllegalArgumentException("The logo must be an absolute http(s) address: " + logoUrl);
        }
    }

    /** The domain part of {@link #senderAddress()}: the municipality's mail domain. */
    public String mailDomain() {
        return senderAddress.substring(senderAddress.lastIndexOf('@') + 1);
    }

    private static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A municipality profile needs a " + field);
        }
        return value.strip();
    }
}
