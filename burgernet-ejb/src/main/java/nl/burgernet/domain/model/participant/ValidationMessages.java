package nl.burgernet.domain.model.participant;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders {@link FieldError}s (and the CSV import's messages) as sentences a resident understands, in Dutch or
 * English, from {@code nl/burgernet/participant/messages.properties} (English) and {@code messages_nl.properties}.
 */
public final class ValidationMessages {

    public static final String BUNDLE = "nl.burgernet.participant.messages";

    // No fallback to the JVM's default locale: an English server must still answer Dutch residents in Dutch.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ValidationMessages() {}

    public static String render(FieldError error, Language language) {
        return render(error.messageKey(), language, error.args().toArray());
    }

    public static String render(FieldError error, Locale locale) {
        return render(error.messageKey(), locale, error.args().toArray());
    }

    public static String render(String key, Language language, Object... args) {
        return render(key, language.locale(), args);
    }

    /**
     * @return the rendered sentence; the key itself when the bundle lacks it (a missing text must never hide the
     *     error)
     */
    public static String render(String key, Locale locale, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, ValidationMessages.class.getClassLoader(), NO_FALLBACK)
                    .getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return new MessageFormat(pattern, locale).format(plain(args));
    }

    /** Numbers as typed: MessageFormat would print the year 1900 as "1.900" in Dutch. */
    private static Object[] plain(Object[] args) {
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Number ? args[i].toString() : args[i];
        }
        return plain;
    }
}
