package nl.burgernet.domain.model.participant;

import java.util.List;

/**
 * A new or edited participant exactly as typed (registration form, admin screen, CSV row): every field a string,
 * nothing checked. {@link ParticipantValidator} turns it into a {@link ParticipantRegistration} or a list of
 * {@link FieldError}s.
 *
 * @param channels channel ids or words separated by ';', ',', '|', '/' or spaces ("email;sms"); blank means the
 *     default (e-mail only)
 * @param quietFrom start of quiet hours ("22:00"), blank for none
 * @param quietTo end of quiet hours ("07:00"), blank for none
 */
public record ParticipantRegistrationInput(
        String email,
        String mobile,
        List<AddressInput> addresses,
        String birthYear,
        String language,
        String channels,
        String quietFrom,
        String quietTo) {

    public ParticipantRegistrationInput {
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
    }
}
