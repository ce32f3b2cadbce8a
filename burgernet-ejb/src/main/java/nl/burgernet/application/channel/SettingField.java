package nl.burgernet.application.channel;

import nl.burgernet.channel.api.ConfigProperty;

/**
 * One setting as the form shows it.
 *
 * @param property the channel's declaration: label, type, default, help
 * @param value the stored value; always null for a secret, which never leaves the server
 * @param secretSet for a secret: whether a value is stored
 */
public record SettingField(ConfigProperty property, String value, boolean secretSet) {

    static SettingField of(ConfigProperty property, String stored) {
        return property.secret()
                ? new SettingField(property, null, stored != null)
                : new SettingField(property, stored, false);
    }
}
