package nl.burgernet.domain.model.participant;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/** Either a valid registration or the reasons it is not (all of them, so a form can mark every wrong field at once). */
public record ValidationResult(Optional<ParticipantRegistration> registration, List<FieldError> errors) {

    public ValidationResult {
        errors = List.copyOf(errors);
        if (registration.isPresent() == !errors.isEmpty()) {
            throw new IllegalArgumentException("A result has a registration or errors, not both or neither");
        }
    }

    public static ValidationResult valid(ParticipantRegistration registration) {
        return new ValidationResult(Optional.of(registration), List.of());
    }

    public static ValidationResult invalid(List<FieldError> errors) {
        return new ValidationResult(Optional.empty(), errors);
    }

    public boolean isValid() {
        return registration.isPresent();
    }

    /** The registration; only call when {@link #isValid()}. */
    public ParticipantRegistration valid() {
        return registration.orElseThrow(() -> new NoSuchElementException("Invalid registration: " + errors));
    }
}
