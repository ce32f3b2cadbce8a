package nl.burgernet.channel.api;

import java.util.List;
import java.util.Objects;

/**
 * One setting of a channel, declared so that the admin UI can render and check it without knowing the channel.
 *
 * @param name key in the channel's configuration, e.g. {@code smtp.host}
 * @param label shown beside the field, in the admin's language
 * @param type how to edit and parse it
 * @param defaultValue used when the municipality leaves it empty; may be null
 * @param required whether the channel cannot work without it (a default counts as a value)
 * @param secret never shown back in full, never logged
 * @param help one sentence for the admin, in the admin's language
 * @param options the allowed values of a {@link Type#CHOICE}; empty for the other types
 */
public record ConfigProperty(
        String name,
        String label,
        Type type,
        String defaultValue,
        boolean required,
        boolean secret,
        String help,
        List<String> options) {

    /** How a setting is edited and parsed. */
    public enum Type {
        /** One line of text. */
        STRING,
        /** Several lines of text, e.g. a PEM key. */
        TEXT,
        INTEGER,
        BOOLEAN,
        URL,
        EMAIL,
        /** One of {@link ConfigProperty#options()}. */
        CHOICE
    }

    public ConfigProperty {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        label = Objects.requireNonNullElse(label, "");
        help = Objects.requireNonNullElse(help, "");
        options = List.copyOf(Objects.requireNonNullElse(options, List.of()));
        if (type == Type.CHOICE && options.isEmpty()) {
            throw new IllegalArgumentException("The choice setting " + name + " needs its options");
        }
    }
}
