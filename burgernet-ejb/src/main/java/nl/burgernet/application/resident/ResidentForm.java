package nl.burgernet.application.resident;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.burgernet.domain.model.participant.AddressInput;
import nl.burgernet.domain.model.participant.Channel;
import nl.burgernet.domain.model.participant.ParticipantRegistrationInput;

/**
 * What a resident typed on the sign-up or settings form, unchecked. Channels are ticked boxes, so "none ticked" can be
 * told apart from "not asked" (which the validator would read as the default, e-mail only).
 */
public record ResidentForm(
        String email,
        String mobile,
        List<AddressInput> addresses,
        String birthYear,
        String language,
        Set<Channel> channels,
        String quietFrom,
        String quietTo) {

    public ResidentForm {
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        channels = channels == null || channels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(channels));
    }

    ParticipantRegistrationInput toInput() {
        String channelIds = channels.stream().map(Channel::id).sorted().collect(Collectors.joining(";"));
        return new ParticipantRegistrationInput(
                email, mobile, addresses, birthYear, language, channelIds, quietFrom, quietTo);
    }
}
