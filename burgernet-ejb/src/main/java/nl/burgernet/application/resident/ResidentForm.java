package nl.burgernet.application.resident;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.burgernet.domain.model.participant.AddressInput;
import nl.burgernet.domain.model.participant.ParticipantRegistrationInput;

/**
 * What a resident typed on the sign-up or settings form, unchecked. Channels are ticked boxes, so "none ticked" can be
 * told apart from "not asked" (which the validator would read as the default).
 *
 * @param channels the ids of the ticked channels
 * @param contactAddresses the number typed per channel id (channels of the e-mail kind use {@link #email()})
 */
public record ResidentForm(
        String email,
        List<AddressInput> addresses,
        String birthYear,
        String language,
        Set<String> channels,
        Map<String, String> contactAddresses,
        String quietFrom,
        String quietTo) {

    public ResidentForm {
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        channels = channels == null ? Set.of() : Set.copyOf(channels);
        contactAddresses = contactAddresses == null ? Map.of() : Map.copyOf(contactAddresses);
    }

    ParticipantRegistrationInput toInput() {
        String channelIds = String.join(";", new TreeSet<>(channels));
        return new ParticipantRegistrationInput(
                email, addresses, birthYear, language, channelIds, contactAddresses, quietFrom, quietTo);
    }
}
