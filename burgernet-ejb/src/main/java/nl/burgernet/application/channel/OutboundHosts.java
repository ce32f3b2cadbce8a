package nl.burgernet.application.channel;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.burgernet.channel.api.ConfigProperty;

/**
 * Refuses channel settings that point the portal at its own machine or its internal network: a municipality admin
 * could otherwise make the portal connect to services that only trust the inside (a database, a cloud's metadata
 * service) and read what comes back in the errors. Which settings hold a host is read from the schema, for any
 * channel: a setting called {@code host} or {@code ….host}, and every web address. A name that does not resolve now
 * is let through: the channel's own check and its first connection report it.
 */
final class OutboundHosts {

    private OutboundHosts() {}

    /** A problem for every host setting in {@code values} that is, or resolves to, an internal address. */
    static List<FieldProblem> internal(List<ConfigProperty> schema, Map<String, String> values) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ConfigProperty property : schema) {
            String value = values.get(property.name());
            if (value != null
                    && hostOf(property, value).filter(OutboundHosts::isInternal).isPresent()) {
                problems.add(new FieldProblem(property.name(), FieldProblem.Kind.INTERNAL_HOST));
            }
        }
        return problems;
    }

    /** The host a setting's value names, if the setting holds one. */
    static Optional<String> hostOf(ConfigProperty property, String value) {
        String name = property.name().toLowerCase(Locale.ROOT);
        if (property.type() == ConfigProperty.Type.URL) {
            try {
                return Optional.ofNullable(URI.create(value.strip()).getHost());
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        if (!property.secret() && (name.equals("host") || name.endsWith(".host"))) {
            return Optional.of(value.strip());
        }
        return Optional.empty();
    }

    static boolean isInternal(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.isBlank()) {
            return false;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(bare)) {
                if (isInternal(address)) {
                    return true;
                }
            }
            return false;
        } catch (UnknownHostException | SecurityException e) {
            return false;
        }
    }

    /** Loopback, unspecified, private (RFC 1918, IPv6 unique local), shared (RFC 6598), link-local and multicast. */
    static boolean isInternal(InetAddress address) {
        byte[] b = address.getAddress();
        boolean uniqueLocal = b.length == 16 && (b[0] & 0xfe) == 0xfc;
        boolean shared = b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
        boolean thisNetwork = b.length == 4 && b[0] == 0;
        return address.isLoopbackAddress()
                || address.isAnyLocalAddress()
                || address.isSiteLocalAddress()
                || address.isLinkLocalAddress()
                || address.isMulticastAddress()
                || uniqueLocal
                || shared
                || thisNetwork;
    }
}
