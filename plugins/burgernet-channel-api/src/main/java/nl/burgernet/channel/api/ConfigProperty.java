package nl.burgernet.channel.api;

/**
 * One setting of a channel, declared so that the admin UI can render and check it without knowing the channel.
 *
 * @param name key in the channel's configuration
 * @param label shown beside the field
 * @param type how to edit and parse it
 * @param defaultValue used when the municipality leaves it empty; may be null
 * @param secret never shown back in full, never logged
 * @param help one sentence for the admin
 */
public record ConfigProperty(String name, String label, Type type, String defaultValue, boolean secret, String help) {

    public enum Type {
        STRING,
        INTEGER,
        BOOLEAN,
        URL,
        EMAIL
    }
}
