package nl.burgernet.application.resident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds and checks the personal links of residents. Nothing secret is stored per participant: a link's token is an
 * HMAC of the municipality id, the participant id and the link's purpose under the server secret
 * {@code burgernet.links.secret}, so any process that has the secret (the web tier, the e-mail dispatcher) can build
 * a participant's links at any time from data it already reads.
 *
 * <ul>
 *   <li><b>unsubscribe</b>: signs the ids and the channel the message came through ({@code c} in the URL). Permanent,
 *       so the one-click link in every alert message ever sent keeps working (RFC 8058); the worst it can do is turn
 *       that channel off, which the resident can undo. Links made before they named a channel sign the ids only and
 *       turn e-mail off.
 *   <li><b>preferences</b> (the link in every alert message): also signs the participant's link key and an expiry
 *       ({@code burgernet.links.preferences-valid-days}, 30). It only switches channels on and off and asks for a
 *       manage link by mail to the address on record: an alert mail is often forwarded, and whoever holds it must not
 *       read, download, erase or re-address the registration.
 *   <li><b>manage</b>: also signs the link key and a short expiry ({@code burgernet.links.manage-valid-hours}, 24).
 *       Everything: the data, the download, erasure, a new address. It is only ever mailed to the resident's address
 *       ("send me my link", signing up again, the preferences page's button) or shown right after a confirmation.
 *       Renewing the link key (a changed e-mail address) kills every link sent before; asking for a link does not, so
 *       a stranger typing someone's address into a form ends nobody's links.
 *   <li><b>confirm</b>: also signs the link key, the e-mail address being confirmed and an expiry
 *       ({@code burgernet.links.confirm-valid-days}, 7 by default), so an old confirmation link cannot confirm a
 *       different address later.
 * </ul>
 *
 * Manage links made before links expired carry no expiry and are refused: they sat in alert mails with full access.
 *
 * Configuration: {@code burgernet.base-url} (the portal's public URL, which links start with) and
 * {@code burgernet.links.secret} (at least 32 characters, the same on every node). Without a secret a random one is
 * made at start-up and every link dies with the next restart: fine for a demo, wrong for production (a warning says
 * so).
 */
@ApplicationScoped
public class ResidentLinks {

    public static final String TOKEN_PARAMETER = "t";
    /** The unsubscribe link's channel id. */
    public static final String CHANNEL_PARAMETER = "c";

    public static final String CONFIRM_PATH = "resident/confirm.xhtml";
    public static final String MANAGE_PATH = "resident/manage.xhtml";
    public static final String UNSUBSCRIBE_PATH = "resident/unsubscribe";

    private static final Logger LOG = Logger.getLogger(ResidentLinks.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    private LinkSigner signer;
    private String baseUrl;
    private Duration confirmValidity;
    private Duration manageValidity;
    private Duration preferencesValidity;

    /** For the CDI proxy only. */
    protected ResidentLinks() {}

    @Inject
    public ResidentLinks(
            @ConfigProperty(name = "burgernet.base-url", defaultValue = "http://localhost:8080/") String baseUrl,
            @ConfigProperty(name = "burgernet.links.secret") Optional<String> secret,
            @ConfigProperty(name = "burgernet.links.confirm-valid-days", defaultValue = "7") int confirmValidDays,
            @ConfigProperty(name = "burgernet.links.manage-valid-hours", defaultValue = "24") int manageValidHours,
            @ConfigProperty(name = "burgernet.links.preferences-valid-days", defaultValue = "30")
                    int preferencesValidDays) {
        this(
                baseUrl,
                secretBytes(secret),
                Duration.ofDays(confirmValidDays),
                Duration.ofHours(manageValidHours),
                Duration.ofDays(preferencesValidDays));
    }

    /** With the default validity of manage (24 hours) and preferences links (30 days). */
    public ResidentLinks(String baseUrl, byte[] secret, Duration confirmValidity) {
        this(baseUrl, secret, confirmValidity, Duration.ofHours(24), Duration.ofDays(30));
    }

    public ResidentLinks(
            String baseUrl,
            byte[] secret,
            Duration confirmValidity,
            Duration manageValidity,
            Duration preferencesValidity) {
        this.signer = new LinkSigner(secret);
        this.baseUrl = normalise(baseUrl);
        this.confirmValidity = positive(confirmValidity, "burgernet.links.confirm-valid-days");
        this.manageValidity = positive(manageValidity, "burgernet.links.manage-valid-hours");
        this.preferencesValidity = positive(preferencesValidity, "burgernet.links.preferences-valid-days");
    }

    private static Duration positive(Duration d, String setting) {
        if (d.isNegative() || d.isZero()) {
            throw new IllegalStateException(setting + " must be positive");
        }
        return d;
    }

    /** A fresh link key for a participant: 256 random bits as 64 hex characters (fits {@code access_token}). */
    public static String newLinkKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * The one-click unsubscribe URL, for the {@code List-Unsubscribe} header and the footer of every mail: it turns
     * off the channel the message came through.
     */
    public String unsubscribeUrl(long municipalityId, long participantId, String channel) {
        return url(UNSUBSCRIBE_PATH, unsubscribeToken(municipalityId, participantId, channel)) + "&" + CHANNEL_PARAMETER
                + "=" + URLEncoder.encode(channel, StandardCharsets.UTF_8);
    }

    /** The resident's whole settings page, valid from {@code now} for the configured hours; mailed to them only. */
    public String manageUrl(long municipalityId, long participantId, String linkKey, Instant now) {
        return url(MANAGE_PATH, manageToken(municipalityId, participantId, linkKey, now));
    }

    /** "Preferences" in alert messages: the settings page for channels only, valid for the configured days. */
    public String preferencesUrl(long municipalityId, long participantId, String linkKey, Instant now) {
        long expires = now.plus(preferencesValidity).getEpochSecond();
        return url(
                MANAGE_PATH,
                token(LinkPurpose.PREFERENCES, municipalityId, participantId, Optional.of(expires), linkKey, ""));
    }

    /** The double opt-in link for {@code email}, valid from {@code now} for the configured number of days. */
    public String confirmUrl(long municipalityId, long participantId, String linkKey, String email, Instant now) {
        return url(CONFIRM_PATH, confirmToken(municipalityId, participantId, linkKey, email, now));
    }

    /** @param channel the channel id the link turns off; blank for the links made before links named one */
    public String unsubscribeToken(long municipalityId, long participantId, String channel) {
        return token(
                LinkPurpose.UNSUBSCRIBE, municipalityId, participantId, Optional.empty(), "", channelPart(channel));
    }

    public String manageToken(long municipalityId, long participantId, String linkKey, Instant now) {
        long expires = now.plus(manageValidity).getEpochSecond();
        return token(LinkPurpose.MANAGE, municipalityId, participantId, Optional.of(expires), linkKey, "");
    }

    public String confirmToken(long municipalityId, long participantId, String linkKey, String email, Instant now) {
        long expires = now.plus(confirmValidity).getEpochSecond();
        return token(LinkPurpose.CONFIRM, municipalityId, participantId, Optional.of(expires), linkKey, email);
    }

    /** Whether the token is an unsubscribe link for this channel (blank: a link that names none). */
    public boolean isUnsubscribe(LinkToken t, String channel) {
        return t.expiresAt().isEmpty() && verifies(t, LinkPurpose.UNSUBSCRIBE, "", channelPart(channel));
    }

    /** The channel signs in the slot a confirm link's e-mail address takes, marked so the two never mix. */
    private static String channelPart(String channel) {
        return channel == null || channel.isBlank() ? "" : "channel:" + channel.strip();
    }

    /** What a link to the settings page may do now: everything, channels only, or nothing. */
    public Access checkManage(LinkToken t, String linkKey, Instant now) {
        if (t.expiresAt().isEmpty() || now.getEpochSecond() > t.expiresAt().get()) {
            return Access.NONE;
        }
        if (verifies(t, LinkPurpose.MANAGE, linkKey, "")) {
            return Access.FULL;
        }
        return verifies(t, LinkPurpose.PREFERENCES, linkKey, "") ? Access.PREFERENCES : Access.NONE;
    }

    public ConfirmCheck checkConfirm(LinkToken t, String linkKey, String email, Instant now) {
        if (t.expiresAt().isEmpty() || !verifies(t, LinkPurpose.CONFIRM, linkKey, email)) {
            return ConfirmCheck.INVALID;
        }
        return now.getEpochSecond() > t.expiresAt().get() ? ConfirmCheck.EXPIRED : ConfirmCheck.VALID;
    }

    public Duration confirmValidity() {
        return confirmValidity;
    }

    public Duration manageValidity() {
        return manageValidity;
    }

    /** What a link to the settings page opens ({@link #checkManage}). */
    public enum Access {
        /** A manage link: the data, its download, erasure, a new address, everything. */
        FULL,
        /** A preferences link from an alert message: channels on or off, and asking for a manage link. */
        PREFERENCES,
        /** Forged, expired, for another participant, or from before the link key was renewed. */
        NONE
    }

    /** The result of checking a confirm link: only an authentic link is told apart as expired. */
    public enum ConfirmCheck {
        VALID,
        EXPIRED,
        INVALID
    }

    private String token(
            LinkPurpose purpose,
            long municipalityId,
            long participantId,
            Optional<Long> expires,
            String linkKey,
            String email) {
        String mac = signer.sign(parts(purpose, municipalityId, participantId, expires, linkKey, email));
        return new LinkToken(municipalityId, participantId, expires, mac).toString();
    }

    private boolean verifies(LinkToken t, LinkPurpose purpose, String linkKey, String email) {
        return signer.verify(
                t.mac(), parts(purpose, t.municipalityId(), t.participantId(), t.expiresAt(), linkKey, email));
    }

    private static String[] parts(
            LinkPurpose purpose,
            long municipalityId,
            long participantId,
            Optional<Long> expires,
            String linkKey,
            String email) {
        return new String[] {
            purpose.name(),
            Long.toString(municipalityId),
            Long.toString(participantId),
            expires.map(String::valueOf).orElse(""),
            linkKey == null ? "" : linkKey,
            email == null ? "" : email.toLowerCase(Locale.ROOT)
        };
    }

    private String url(String path, String token) {
        return baseUrl + path + "?" + TOKEN_PARAMETER + "=" + token;
    }

    private static String normalise(String baseUrl) {
        URI uri;
        try {
            uri = URI.create(baseUrl.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("burgernet.base-url is not a URL: " + baseUrl, e);
        }
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
            throw new IllegalStateException("burgernet.base-url must be an http(s) URL: " + baseUrl);
        }
        String text = uri.toString();
        return text.endsWith("/") ? text : text + "/";
    }

    private static byte[] secretBytes(Optional<String> configured) {
        if (configured.isPresent()) {
            String secret = configured.get().strip();
            if (secret.length() < 32) {
                throw new IllegalStateException(
                        "burgernet.links.secret must be at least 32 characters (e.g. `openssl rand -base64 48`)");
            }
            return secret.getBytes(StandardCharsets.UTF_8);
        }
        LOG.warning("burgernet.links.secret is not set: residents' personal links are signed with a random secret"
                + " and stop working when the portal restarts. Set it in production.");
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return random;
    }
}
