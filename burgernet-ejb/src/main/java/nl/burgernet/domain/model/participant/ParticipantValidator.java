package nl.burgernet.domain.model.participant;

import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import nl.burgernet.domain.model.geo.DutchAddress;
import nl.burgernet.domain.model.geo.HouseNumber;
import nl.burgernet.domain.model.geo.HouseNumberSuffix;
import nl.burgernet.domain.model.geo.Postcode;
import nl.burgernet.domain.shared.InvalidValueException;

/**
 * Checks a typed registration field by field and reports every problem at once, as message keys. Pure and
 * thread-safe: the registration form, the admin screen and the CSV import share one instance.
 */
public class ParticipantValidator {

    /** A few addresses (home, work, parents) are normal; more would let one person watch a whole town. */
    public static final int MAX_ADDRESSES = 5;

    public static final String ADDRESSES_REQUIRED = "addresses.required";
    public static final String ADDRESSES_TOO_MANY = "addresses.tooMany";
    public static final String ADDRESS_DUPLICATE = "addresses.duplicate";
    public static final String CHANNEL_UNKNOWN = "channels.unknown";
    public static final String CHANNELS_NONE = "channels.none";
    public static final String MOBILE_REQUIRED_FOR_CHANNEL = "mobile.requiredForChannel";

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    private static final Pattern CHANNEL_SEPARATORS = Pattern.compile("[;,|/+\\s]+");

    private final Clock clock;

    public ParticipantValidator() {
        this(Clock.system(NETHERLANDS));
    }

    /** @param clock decides "this year" for the minimum age (in Dutch time) */
    public ParticipantValidator(Clock clock) {
        this.clock = clock;
    }

    public ValidationResult validate(ParticipantRegistrationInput input) {
        List<FieldError> errors = new ArrayList<>();
        EmailAddress email = field(errors, "email", () -> EmailAddress.parse(input.email()));
        Optional<MobileNumber> mobile = isBlank(input.mobile())
                ? Optional.empty()
                : Optional.ofNullable(field(errors, "mobile", () -> MobileNumber.parse(input.mobile())));
        List<DutchAddress> addresses = addresses(input.addresses(), errors);
        BirthYear birthYear = field(
                errors, "birthYear", () -> BirthYear.parse(input.birthYear(), Year.now(clock.withZone(NETHERLANDS))));
        Language language = language(input.language(), errors);
        ChannelChoices channels = channels(input.channels(), errors);
        if (mobile.isEmpty() && isBlank(input.mobile()) && channels != null) {
            if (channels.enabled().stream().anyMatch(Channel::needsMobileNumber)) {
                errors.add(FieldError.of("mobile", MOBILE_REQUIRED_FOR_CHANNEL));
            }
        }
        Optional<QuietHours> quietHours = quietHours(input.quietFrom(), input.quietTo(), errors);
        if (!errors.isEmpty()) {
            return ValidationResult.invalid(errors);
        }
        return ValidationResult.valid(
                new ParticipantRegistration(email, mobile, addresses, birthYear, language, channels, quietHours));
    }

    private static List<DutchAddress> addresses(List<AddressInput> inputs, List<FieldError> errors) {
        List<DutchAddress> addresses = new ArrayList<>(inputs.size());
        int given = 0;
        for (int i = 0; i < inputs.size(); i++) {
            AddressInput in = inputs.get(i);
            // A form shows empty rows for a second or third address; leaving them empty is not an error.
            if (isBlank(in.postcode()) && isBlank(in.houseNumber()) && isBlank(in.suffix())) {
                continue;
            }
            given++;
            DutchAddress address = address("addresses[" + i + "]", in, errors);
            if (address == null) {
                continue;
            }
            if (addresses.stream().anyMatch(address::sameDoorAs)) {
                errors.add(FieldError.of("addresses[" + i + "]", ADDRESS_DUPLICATE));
            } else {
                addresses.add(address);
            }
        }
        if (given == 0) {
            errors.add(FieldError.of("addresses", ADDRESSES_REQUIRED));
        } else if (given > MAX_ADDRESSES) {
            errors.add(FieldError.of("addresses", ADDRESSES_TOO_MANY, MAX_ADDRESSES));
        }
        return addresses;
    }

    private static DutchAddress address(String path, AddressInput in, List<FieldError> errors) {
        boolean suffixTyped = !isBlank(in.suffix());
        HouseNumber.Typed typed = suffixTyped
                ? new HouseNumber.Typed(in.houseNumber(), in.suffix())
                : HouseNumber.split(in.houseNumber());
        Postcode postcode = field(errors, path + ".postcode", () -> Postcode.parse(in.postcode()));
        HouseNumber number = field(errors, path + ".houseNumber", () -> HouseNumber.parse(typed.number()));
        Optional<HouseNumberSuffix> suffix = field(
                errors,
                suffixTyped ? path + ".suffix" : path + ".houseNumber",
                () -> HouseNumberSuffix.parse(typed.suffix()));
        if (postcode == null || number == null || suffix == null) {
            return null;
        }
        return DutchAddress.of(postcode, number, suffix);
    }

    private static Language language(String raw, List<FieldError> errors) {
        if (isBlank(raw)) {
            return Language.NL;
        }
        Optional<Language> language = Language.fromText(raw);
        if (language.isEmpty()) {
            errors.add(FieldError.of("language", Language.INVALID, raw.strip()));
        }
        return language.orElse(null);
    }

    private static ChannelChoices channels(String raw, List<FieldError> errors) {
        if (isBlank(raw)) {
            return ChannelChoices.DEFAULT;
        }
        Set<Channel> chosen = EnumSet.noneOf(Channel.class);
        boolean unknown = false;
        for (String word : CHANNEL_SEPARATORS.split(raw.strip())) {
            Optional<Channel> channel = Channel.fromText(word);
            if (channel.isPresent()) {
                chosen.add(channel.get());
            } else {
                errors.add(FieldError.of("channels", CHANNEL_UNKNOWN, word));
                unknown = true;
            }
        }
        if (unknown) {
            return null;
        }
        if (chosen.isEmpty()) {
            errors.add(FieldError.of("channels", CHANNELS_NONE));
            return null;
        }
        return ChannelChoices.exactly(chosen);
    }

    private static Optional<QuietHours> quietHours(String from, String to, List<FieldError> errors) {
        if (isBlank(from) && isBlank(to)) {
            return Optional.empty();
        }
        if (isBlank(from) || isBlank(to)) {
            errors.add(FieldError.of(isBlank(from) ? "quietHours.from" : "quietHours.to", QuietHours.INCOMPLETE));
            return Optional.empty();
        }
        var start = field(errors, "quietHours.from", () -> QuietHours.parseTime(from));
        var end = field(errors, "quietHours.to", () -> QuietHours.parseTime(to));
        if (start == null || end == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(field(errors, "quietHours.to", () -> new QuietHours(start, end)));
    }

    /** Runs one field's parser; an invalid value becomes a FieldError and null, so the other fields still get checked. */
    private static <T> T field(List<FieldError> errors, String field, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (InvalidValueException e) {
            errors.add(new FieldError(field, e.messageKey(), e.args()));
            return null;
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
