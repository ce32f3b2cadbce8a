package nl.burgernet.channel.sms;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * One resource bundle in one language: English is the base bundle, Dutch the {@code _nl} one. Lookups never fall
 * back to the JVM's default locale, so an English admin on a Dutch server still reads English.
 */
public final class Texts {

    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;

    private Texts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The bundle in the given language, or English when the bundle lacks that language. */
    public static Texts of(String baseName, Locale locale) {
        Locale supported = "nl".equals(locale.getLanguage()) ? Locale.of("nl") : Locale.ROOT;
        return new Texts(
                ResourceBundle.getBundle(baseName, supported, Texts.class.getClassLoader(), NO_DEFAULT_LOCALE),
                supported);
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Text '" + key + "' is missing from " + bundle.getBaseBundleName(), e);
        }
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), locale).format(arguments);
    }

    /** The language these texts are in: {@code nl} or {@code en}. */
    public String language() {
        return locale.getLanguage().isEmpty() ? "en" : locale.getLanguage();
    }
}
