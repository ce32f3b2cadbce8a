package nl.burgernet.channel.api;

/**
 * What a channel is and can do.
 *
 * @param id stable identifier, lower case, e.g. {@code email}
 * @param name shown to admins
 * @param version the plugin's version
 * @param acceptsReplies whether residents can answer through this channel
 * @param maxLength the longest message text it can carry, or 0 for no limit
 * @param richContent whether it shows formatting and images (HTML mail) rather than plain text
 */
public record ChannelDescriptor(
        String id, String name, String version, boolean acceptsReplies, int maxLength, boolean richContent) {

    public ChannelDescriptor {
        if (id == null || !id.matches("[a-z][a-z0-9-]{1,31}")) {
            throw new IllegalArgumentException("A channel id is 2-32 lower-case letters, digits or '-': " + id);
        }
    }
}
