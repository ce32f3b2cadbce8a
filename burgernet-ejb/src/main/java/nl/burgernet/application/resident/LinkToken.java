package nl.burgernet.application.resident;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code t} parameter of a personal link, as it travels: {@code <municipality id>.<participant id>.<mac>}, or
 * with an expiry (epoch seconds) before the mac for confirm links. The ids are in clear so the portal knows the tenant
 * and the participant without a cross-tenant lookup; the mac (HMAC-SHA256, 128 bits, base64url) makes them
 * unforgeable. Parsing checks the shape only; {@link ResidentLinks} checks the mac.
 */
public record LinkToken(long municipalityId, long participantId, Optional<Long> expiresAt, String mac) {

    private static final Pattern SHAPE =
            Pattern.compile("(\\d{1,18})\\.(\\d{1,18})(?:\\.(\\d{1,12}))?\\.([A-Za-z0-9_-]{22})");

    public LinkToken {
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(mac, "mac");
    }

    /** Empty for anything that is not shaped like a token (typos, truncated links, attacks): never an exception. */
    public static Optional<LinkToken> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = SHAPE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new LinkToken(
                Long.parseLong(m.group(1)),
                Long.parseLong(m.group(2)),
                Optional.ofNullable(m.group(3)).map(Long::parseLong),
                m.group(4)));
    }

    @Override
    public String toString() {
        return municipalityId + "." + participantId
                + expiresAt.map(e -> "." + e).orElse("") + "." + mac;
    }
}
