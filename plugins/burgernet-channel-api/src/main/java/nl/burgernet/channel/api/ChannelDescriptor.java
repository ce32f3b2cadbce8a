package nl.burgernet.channel.api;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a channel is and can do. Everything the core shows or decides about a channel comes from here: the forms ask
 * for an address of {@link #addressKind()}, labels come from {@link #labels()}, dispatch respects {@link
 * #capacity()}. The core names no channel.
 *
 * @param id stable identifier, lower case, e.g. {@code email}
 * @param name shown to admins (English)
 * @param version the plugin's version
 * @param acceptsReplies whether residents can answer through this channel
 * @param maxLength the longest message text it can carry, or 0 for no limit
 * @param richContent whether it shows formatting and images (HTML mail) rather than plain text
 * @param addressKind the kind of address it needs per participant
 * @param labels what residents and admins call the channel, per ISO 639-1 language ({@code nl}: "Spraakbericht")
 * @param hints one sentence per language for residents choosing it ("We bellen u en lezen het bericht voor")
 * @param onByDefault whether a participant who said nothing receives it (Burgernetmail: yes, unless opted out)
 * @param capacity what it can carry at once
 */
public record ChannelDescriptor(
        String id,
        String name,
        String version,
        boolean acceptsReplies,
        int maxLength,
        boolean richContent,
        AddressKind addressKind,
        Map<String, String> labels,
        Map<String, String> hints,
        boolean onByDefault,
        Capacity capacity) {

    public ChannelDescriptor {
        if (id == null || !id.matches("[a-z][a-z0-9-]{1,31}")) {
            throw new IllegalArgumentException("A channel id is 2-32 lower-case letters, digits or '-': " + id);
        }
        name = name == null || name.isBlank() ? id : name;
        Objects.requireNonNull(addressKind, "addressKind");
        labels = Map.copyOf(Objects.requireNonNullElse(labels, Map.of()));
        hints = Map.copyOf(Objects.requireNonNullElse(hints, Map.of()));
        capacity = Objects.requireNonNullElse(capacity, Capacity.DEFAULT);
    }

    /** A channel that needs no address and declares nothing beyond its name: for tests and simple plugins. */
    public ChannelDescriptor(
            String id, String name, String version, boolean acceptsReplies, int maxLength, boolean richContent) {
        this(
                id,
                name,
                version,
                acceptsReplies,
                maxLength,
                richContent,
                AddressKind.NONE,
                Map.of(),
                Map.of(),
                false,
                Capacity.DEFAULT);
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** The channel's name in a language, else in English, else {@link #name()}. */
    public String label(Locale locale) {
        return inLanguage(labels, locale, name);
    }

    /** The residents' hint in a language, else in English, else empty. */
    public String hint(Locale locale) {
        return inLanguage(hints, locale, "");
    }

    private static String inLanguage(Map<String, String> texts, Locale locale, String fallback) {
        String language = locale == null ? "en" : locale.getLanguage();
        String text = texts.get(language);
        if (text == null || text.isBlank()) {
            text = texts.get("en");
        }
        return text == null || text.isBlank() ? fallback : text;
    }

    /** Builds a descriptor; only the id is required. */
    public static final class Builder {
        private final String id;
        private String name;
        private String version = "1";
        private boolean acceptsReplies;
        private int maxLength;
        private boolean richContent;
        private AddressKind addressKind = AddressKind.NONE;
        private final Map<String, String> labels = new java.util.HashMap<>();
        private final Map<String, String> hints = new java.util.HashMap<>();
        private boolean onByDefault;
        private Capacity capacity = Capacity.DEFAULT;

        private Builder(String id) {
            this.id = id;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder version(String version) {
            this.version = version;
            return this;
        }

        public Builder acceptsReplies(boolean acceptsReplies) {
            this.acceptsReplies = acceptsReplies;
            return this;
        }

        public Builder maxLength(int maxLength) {
            this.maxLength = maxLength;
            return this;
        }

        public Builder richContent(boolean richContent) {
            this.richContent = richContent;
            return this;
        }

        public Builder addressKind(AddressKind addressKind) {
            this.addressKind = addressKind;
            return this;
        }

        /** The channel's name in one language (ISO 639-1). */
        public Builder label(String language, String label) {
            labels.put(language, label);
            return this;
        }

        /** The residents' hint in one language (ISO 639-1). */
        public Builder hint(String language, String hint) {
            hints.put(language, hint);
            return this;
        }

        public Builder onByDefault(boolean onByDefault) {
            this.onByDefault = onByDefault;
            return this;
        }

        public Builder capacity(Capacity capacity) {
            this.capacity = capacity;
            return this;
        }

        public ChannelDescriptor build() {
            return new ChannelDescriptor(
                    id,
                    name,
                    version,
                    acceptsReplies,
                    maxLength,
                    richContent,
                    addressKind,
                    labels,
                    hints,
                    onByDefault,
                    capacity);
        }
    }
}
