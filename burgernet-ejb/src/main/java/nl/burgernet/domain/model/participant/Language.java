package nl.burgernet.domain.model.participant;

import java.util.Locale;
import java.util.Optional;

/** The language a participant reads alerts in. Dutch unless they chose English. */
public enum Language {
    NL("nl", Locale.of("nl", "NL")),
    EN("en", Locale.ENGLISH);

    public static final String INVALID = "language.invalid";

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** The ISO 639-1 code, "nl" or "en": stored and exported. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** "nl", "NL", "nl-NL", "Nederlands", "Dutch", "en", "English", "Engels"... (case-insensitive). */
    public static Optional<Language> fromText(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "nl", "nl-nl", "nl_nl", "nld", "dut", "nederlands", "dutch" -> Optional.of(NL);
            case "en", "en-gb", "en_gb", "en-us", "en_us", "eng", "english", "engels" -> Optional.of(EN);
            default -> Optional.empty();
        };
    }
}
