package nl.burgernet.domain.model.participant;

import java.util.List;
import java.util.Map;

/**
 * A new or edited participant exactly as typed (registration form, admin screen, CSV row): every field a string,
 * nothing checked. {@link ParticipantValidator} turns it into a {@link ParticipantRegistration} or a list of
 * {@link FieldError}s.
 *
 * @param channels channel ids or names (in any language) separated by ';', ',', '|', '/' or spaces ("email;SMS");
 *     blank means the default (the channels that are on unless one opts out)
 * @param contactAddresses the typed address per channel id ("pager" → "030 1234567"), or per address kind for every
 *     channel of that kind (key {@code MOBILE_NUMBER} or {@code PHONE_NUMBER}: a CSV file's number columns). Channels of
 *     the e-mail kind take {@link #email()}.
 * @param quietFrom start of quiet hours ("22:00"), blank for none
 * @param quietTo end of quiet hours ("07:00"), blank for none
 */
public record ParticipantRegistrationInput(
        String email,
        List<AddressInput> addresses,
        String birthYear,
        String language,
        String channels,
        Map<String, String> contactAddresses,
        String quietFrom,
        String quietTo) {

    public ParticipantRegistrationInput {
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        contactAddresses = contactAddresses == null
                ? Map.of()
                : contactAddresses.entrySet().stream()
                        .filter(e -> e.getKey() != null && e.getValue() != null)
                        .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
