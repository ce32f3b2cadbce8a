package nl.burgernet.application.resident;

import java.util.List;

/**
 * What the preferences link of an alert message shows: the municipality and which channels are on. Deliberately no
 * address, number, name or e-mail: whoever a resident forwarded an alert mail to holds this link too.
 *
 * @param channels the channels the resident has an address for, in the participant's order
 */
public record ResidentPreferences(String municipalityName, List<Channel> channels) {

    public ResidentPreferences {
        channels = List.copyOf(channels);
    }

    /** One channel the resident can be reached on, and whether it is on. */
    public record Channel(String id, boolean on) {}
}
