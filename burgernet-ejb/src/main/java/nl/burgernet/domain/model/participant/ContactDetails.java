package nl.burgernet.domain.model.participant;

import java.util.Objects;

/**
 * One way to reach a participant, as edited: a channel id (a deployed plugin's), the address that channel needs, and
 * whether the participant wants it.
 *
 * @param channel the channel's id, as its plugin's descriptor names it
 * @param address e-mail address, phone number (E.164) or subscription; null when the channel needs none or none is
 *     known yet
 * @param enabled whether the participant receives alerts this way
 */
public record ContactDetails(String channel, String address, boolean enabled) {

    public ContactDetails {
        Objects.requireNonNull(channel, "channel");
        address = address == null || address.isBlank() ? null : address;
    }

    public ContactDetails withAddress(String newAddress) {
        return new ContactDetails(channel, newAddress, enabled);
    }

    public ContactDetails withEnabled(boolean on) {
        return new ContactDetails(channel, address, on);
    }
}
