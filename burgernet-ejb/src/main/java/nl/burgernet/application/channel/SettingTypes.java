package nl.burgernet.application.channel;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import nl.burgernet.channel.api.ConfigProperty;
import nl.burgernet.domain.model.participant.EmailAddress;
import nl.burgernet.domain.shared.InvalidValueException;

/**
 * Checks a typed value against its setting's declared type and brings it into one canonical form ("+0587" is stored
 * as "587", "TRUE" as "true"). These are the checks every channel would otherwise repeat; what a value means to the
 * channel (a port range, a key that parses) is the channel's own {@code validate}.
 */
final class SettingTypes {

    private SettingTypes() {}

    /** A value in canonical form, or why it is not a value of its type. */
    record Checked(String value, FieldProblem.Kind problem) {

        boolean ok() {
            return problem == null;
        }

        private static Checked value(String value) {
            return new Checked(value, null);
        }

        private static Checked problem(FieldProblem.Kind kind) {
            return new Checked(null, kind);
        }
    }

    /** @param typed a non-blank value */
    static Checked check(ConfigProperty property, String typed) {
        String value = typed.strip();
        if (value.length() > ChannelSetting.MAX_VALUE_LENGTH) {
            return Checked.problem(FieldProblem.Kind.TOO_LONG);
        }
        if (property.type() != ConfigProperty.Type.TEXT && (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0)) {
            return Checked.problem(FieldProblem.Kind.MORE_THAN_ONE_LINE);
        }
        return switch (property.type()) {
            case STRING, TEXT -> Checked.value(value);
            case INTEGER -> wholeNumber(value);
            case BOOLEAN -> yesOrNo(value);
            case URL -> webAddress(value);
            case EMAIL -> emailAddress(value);
            case CHOICE ->
                property.options().contains(value)
                        ? Checked.value(value)
                        : Checked.problem(FieldProblem.Kind.NOT_AN_OPTION);
        };
    }

    private static Checked wholeNumber(String value) {
        try {
            return Checked.value(Integer.toString(Integer.parseInt(value)));
        } catch (NumberFormatException e) {
            return Checked.problem(FieldProblem.Kind.NOT_A_WHOLE_NUMBER);
        }
    }

    private static Checked yesOrNo(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return "true".equals(lower) || "false".equals(lower)
                ? Checked.value(lower)
                : Checked.problem(FieldProblem.Kind.NOT_YES_OR_NO);
    }

    /** Any scheme (a provider may want wss: or sftp:), but absolute and with a host: no "javascript:" or "/path". */
    private static Checked webAddress(String value) {
        try {
            URI uri = new URI(value);
            if (uri.getScheme() != null && uri.getHost() != null) {
                return Checked.value(value);
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        return Checked.problem(FieldProblem.Kind.NOT_A_WEB_ADDRESS);
    }

    private static Checked emailAddress(String value) {
        try {
            return Checked.value(EmailAddress.parse(value).value());
        } catch (InvalidValueException e) {
            return Checked.problem(FieldProblem.Kind.NOT_AN_EMAIL_ADDRESS);
        }
    }
}
