package nl.burgernet.domain.model.apikey;

import java.util.Optional;
import java.util.regex.Pattern;
import nl.burgernet.domain.shared.InvalidValueException;

/**
 * What the admin calls a key, e.g. "GMS Midden-Nederland". It is part of the caller's name in the audit trail
 * ({@code api-key:<name>@<CBS code>}), which has room for 100 characters, hence at most {@value #MAX_LENGTH}; and it
 * has no {@code @} or {@code :}, so that name reads unambiguously.
 */
public record ApiKeyName(String value) {

    public static final int MAX_LENGTH = 60;
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N} ._()/'-]+");

    public ApiKeyName {
        Optional<String> problem = problem(value);
        if (problem.isPresent()) {
            throw new InvalidValueException(problem.get(), String.valueOf(value), MAX_LENGTH);
        }
        value = value.strip();
    }

    /** The message key of what is wrong with {@code raw}, if anything. */
    public static Optional<String> problem(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.of("apiKey.name.required");
        }
        String name = raw.strip();
        if (name.length() > MAX_LENGTH) {
            return Optional.of("apiKey.name.tooLong");
        }
        if (!ALLOWED.matcher(name).matches()) {
            return Optional.of("apiKey.name.characters");
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
