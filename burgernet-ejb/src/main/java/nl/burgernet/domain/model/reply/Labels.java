package nl.burgernet.domain.model.reply;

import java.util.Locale;
import java.util.ResourceBundle;

/** The English and Dutch labels of this package's enums, for the operator's and admin's screens. */
final class Labels {

    private static final String BUNDLE = "nl.burgernet.domain.model.reply.messages";

    // Without this control a server whose default locale is Dutch would answer Dutch to an English request.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Labels() {}

    static String of(Enum<?> value, Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, Labels.class.getClassLoader(), NO_FALLBACK)
                .getString(keyOf(value));
    }

    /** {@code ListedAttachment.Reason.TOO_LARGE} for a nested enum, {@code ReplyKind.REPLY} for a top-level one. */
    private static String keyOf(Enum<?> value) {
        String type = value.getDeclaringClass().getName();
        return type.substring(type.lastIndexOf('.') + 1).replace('$', '.') + "." + value.name();
    }
}
