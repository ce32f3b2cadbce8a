package nl.burgernet.application.channel;

import java.io.Serializable;

/**
 * A setting that cannot be stored as typed, found before the channel itself is asked. The screen turns the kind into
 * words in the admin's language.
 *
 * @param field the setting's name in the channel's schema
 */
public record FieldProblem(String field, Kind kind) implements Serializable {

    /** What is wrong; the UI bundle has a sentence for each ({@code channels.error.<KIND>}). */
    public enum Kind {
        REQUIRED,
        NOT_A_WHOLE_NUMBER,
        NOT_YES_OR_NO,
        NOT_A_WEB_ADDRESS,
        NOT_AN_EMAIL_ADDRESS,
        NOT_AN_OPTION,
        MORE_THAN_ONE_LINE,
        TOO_LONG,
        /** A host on the portal's own machine or internal network, refused unless the platform allows it. */
        INTERNAL_HOST
    }
}
