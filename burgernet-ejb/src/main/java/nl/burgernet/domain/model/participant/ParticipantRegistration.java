package nl.burgernet.domain.model.participant;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.burgernet.domain.model.geo.DutchAddress;

/**
 * A validated registration: everything needed to create or update a participant. Addresses are not geocoded yet
 * (that needs a {@link nl.burgernet.domain.model.geo.Geocoder}); produced by {@link ParticipantValidator}. The
 * contacts name every channel that was offered, on or off, with its checked address.
 */
public record ParticipantRegistration(
        EmailAddress email,
        List<DutchAddress> addresses,
        BirthYear birthYear,
        Language language,
        List<ContactDetails> contacts,
        Optional<QuietHours> quietHours) {

    public ParticipantRegistration {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(birthYear, "birthYear");
        Objects.requireNonNull(language, "language");
        contacts = List.copyOf(contacts);
        Objects.requireNonNull(quietHours, "quietHours");
        addresses = List.copyOf(addresses);
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException("A participant has at least one address");
        }
    }
}
