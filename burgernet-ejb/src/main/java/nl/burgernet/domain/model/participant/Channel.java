package nl.burgernet.domain.model.participant;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A way to reach a participant. The {@link #id()} is stable: it is stored and exported, and is meant to equal the id
 * of the delivery channel plugin that serves it.
 */
public enum Channel {
    EMAIL("email", Set.of("e-mail", "mail", "burgernetmail")),
    SMS("sms", Set.of("sms-bericht", "tekstbericht", "text")),
    VOICE("voice", Set.of("spraak", "bellen", "telefoon", "call", "phone")),
    PUSH("push", Set.of("app", "pushbericht", "notification"));

    private static final Map<String, Channel> BY_NAME = Arrays.stream(values())
            .flatMap(c -> Stream.concat(Stream.of(c.id), c.aliases.stream()).map(name -> Map.entry(name, c)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private final String id;
    private final Set<String> aliases;

    Channel(String id, Set<String> aliases) {
        this.id = id;
        this.aliases = aliases;
    }

    public String id() {
        return id;
    }

    /** Only the stable id. */
    public static Optional<Channel> fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }

    /**
     * The id or a word an administrator might type in a spreadsheet, in English or Dutch ("e-mail", "spraak",
     * "app"), case-insensitive.
     */
    public static Optional<Channel> fromText(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_NAME.get(text.strip().toLowerCase(Locale.ROOT)));
    }

    /** True for channels that go to the participant's mobile number. */
    public boolean needsMobileNumber() {
        return this == SMS || this == VOICE;
    }
}
