package nl.burgernet.interfaces.resident;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.burgernet.domain.model.participant.FieldError;
import nl.burgernet.domain.model.participant.ValidationMessages;

/**
 * The resident pages' texts ({@code nl/burgernet/web/resident.properties}) outside Faces, and form errors as
 * sentences: the resident pages' own keys first, then the participant validator's.
 */
final class ResidentTexts {

    static final String BUNDLE = "nl.burgernet.web.resident";
    static final Locale DUTCH = Locale.of("nl");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Pattern ADDRESS_FIELD = Pattern.compile("addresses\\[(\\d+)].*");

    private final ResourceBundle bundle;
    private final Locale locale;

    ResidentTexts(Locale locale) {
        this.locale = "nl".equals(locale.getLanguage()) ? DUTCH : Locale.ENGLISH;
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale, ResidentTexts.class.getClassLoader(), NO_FALLBACK);
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** "Address 2: Please enter a valid postcode..." — the address's number matters when there are several. */
    String error(FieldError e) {
        String sentence;
        try {
            sentence = new MessageFormat(bundle.getString(e.messageKey()), locale)
                    .format(e.args().toArray());
        } catch (MissingResourceException notOurs) {
            sentence = ValidationMessages.render(e, locale);
        }
        Matcher address = ADDRESS_FIELD.matcher(e.field());
        if (address.matches()) {
            return get("addressError", Integer.parseInt(address.group(1)) + 1, sentence);
        }
        return sentence;
    }
}
