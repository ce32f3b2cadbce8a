package nl.burgernet.interfaces.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nl.burgernet.application.channel.SettingField;
import nl.burgernet.application.channel.SubmittedValue;
import nl.burgernet.channel.api.ConfigProperty;

/**
 * One field of a channel's settings form, drawn from the channel's schema. A secret's value is never filled in from
 * the server: the field starts empty, and the admin sees only whether one is set.
 */
public class SettingInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final String label;
    private final ConfigProperty.Type type;
    private final String defaultValue;
    private final boolean required;
    private final boolean secret;
    private final String help;
    private final ArrayList<String> options;
    private final boolean secretSet;
    private String value;
    private boolean clear;
    private String error;

    SettingInput(SettingField field) {
        ConfigProperty p = field.property();
        this.name = p.name();
        this.label = p.label().isBlank() ? p.name() : p.label();
        this.type = p.type();
        this.defaultValue = p.defaultValue() == null || p.defaultValue().isBlank() ? null : p.defaultValue();
        this.required = p.required();
        this.secret = p.secret();
        this.help = p.help();
        this.options = new ArrayList<>(p.options());
        this.secretSet = field.secretSet();
        this.value = p.secret() ? null : field.value();
    }

    /** Which input the page draws: line, area, number, flag, choice, secretLine or secretArea. */
    public String getKind() {
        if (secret) {
            return type == ConfigProperty.Type.TEXT ? "secretArea" : "secretLine";
        }
        return switch (type) {
            case STRING, URL, EMAIL -> "line";
            case TEXT -> "area";
            case INTEGER -> "number";
            case BOOLEAN -> "flag";
            case CHOICE -> "choice";
        };
    }

    /** What goes to the service: for a secret, an empty field means "keep", and "clear" removes it. */
    SubmittedValue submitted() {
        return secret ? new SubmittedValue(value, clear) : SubmittedValue.of(value);
    }

    /**
     * The number input's value. A stored value that is not a number (the channel's schema changed its type) shows
     * as empty rather than failing the page; saving then reports the field if it is required.
     */
    public Long getNumber() {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public void setNumber(Long number) {
        this.value = number == null ? null : number.toString();
    }

    /** The checkbox shows the stored value, or the default when nothing is stored. */
    public boolean isFlag() {
        return Boolean.parseBoolean(value != null ? value : defaultValue);
    }

    public void setFlag(boolean flag) {
        this.value = Boolean.toString(flag);
    }

    public String getName() {
        return name;
    }

    public String getLabel() {
        return label;
    }

    public String getDefaultValue() {
        return defaultValue;
    }

    public boolean isRequired() {
        return required;
    }

    public boolean isSecret() {
        return secret;
    }

    public boolean isSecretSet() {
        return secretSet;
    }

    public String getHelp() {
        return help;
    }

    public List<String> getOptions() {
        return options;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public boolean isClear() {
        return clear;
    }

    public void setClear(boolean clear) {
        this.clear = clear;
    }

    public String getError() {
        return error;
    }

    void setError(String error) {
        this.error = error;
    }
}
