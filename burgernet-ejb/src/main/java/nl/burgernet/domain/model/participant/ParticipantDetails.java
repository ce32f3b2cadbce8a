package nl.burgernet.domain.model.participant;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything about a participant that a resident or an admin edits, as validated data.
 *
 * @param email the resident's own e-mail address: their identity (personal links, "send my link", one registration
 *     per address and municipality), and the address of every channel of the e-mail kind
 * @param contacts per channel: its address and whether it is on; channels not listed are left as they are
 */
public record ParticipantDetails(
        String email,
        String displayName,
        int birthYear,
        String language,
        List<ContactDetails> contacts,
        LocalTime quietFrom,
        LocalTime quietTo,
        List<AddressDetails> addresses) {

    public ParticipantDetails {
        addresses = List.copyOf(addresses);
        // One entry per channel, the last one given winning.
        Map<String, ContactDetails> byChannel = new LinkedHashMap<>();
        for (ContactDetails c : contacts == null ? List.<ContactDetails>of() : contacts) {
            byChannel.put(c.channel(), c);
        }
        contacts = List.copyOf(byChannel.values());
    }

    public Optional<ContactDetails> contact(String channel) {
        return contacts.stream().filter(c -> c.channel().equals(channel)).findFirst();
    }

    /** Whether the channel is switched on (its address may still be missing). */
    public boolean isOn(String channel) {
        return contact(channel).map(ContactDetails::enabled).orElse(false);
    }

    /** The ids of the channels that are on, in the order given. */
    public List<String> channelsOn() {
        return contacts.stream()
                .filter(ContactDetails::enabled)
                .map(ContactDetails::channel)
                .toList();
    }

    /**
     * The same details with another e-mail address and display name (forms edit neither the other way round). The
     * contacts that used the old e-mail address, those of e-mail channels, follow it.
     */
    public ParticipantDetails withEmailAndDisplayName(String newEmail, String newDisplayName) {
        List<ContactDetails> moved = new ArrayList<>(contacts.size());
        for (ContactDetails c : contacts) {
            moved.add(
                    c.address() != null && email != null && c.address().equalsIgnoreCase(email)
                            ? c.withAddress(newEmail)
                            : c);
        }
        return new ParticipantDetails(
                newEmail, newDisplayName, birthYear, language, moved, quietFrom, quietTo, addresses);
    }

    /** The same details with these contacts instead. */
    public ParticipantDetails withContacts(List<ContactDetails> newContacts) {
        return new ParticipantDetails(
                email, displayName, birthYear, language, newContacts, quietFrom, quietTo, addresses);
    }
}
