package nl.burgernet.domain.model.participant;

import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import nl.burgernet.channel.api.AddressKind;
import nl.burgernet.channel.api.ChannelDescriptor;
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
    /** A channel is on, but the address it needs is missing. */
    public static final String ADDRESS_REQUIRED_FOR_CHANNEL = "contact.addressRequired";

    /** The field path of a channel's address in {@link FieldError}s: {@code contacts.<channel id>}. */
    public static String contactField(String channelId) {
        return "contacts." + channelId;
    }

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    private static final Pattern CHANNEL_SEPARATORS = Pattern.compile("[;,|/+]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Clock clock;

    public ParticipantValidator() {
        this(Clock.system(NETHERLANDS));
    }

    /** @param clock decides "this year" for the minimum age (in Dutch time) */
    public ParticipantValidator(Clock clock) {
        this.clock = clock;
    }

    /**
     * Checks a registration against the channels offered here (deployed and enabled for the municipality): only
     * those can be chosen, each address is checked by the kind its channel declares, and a channel switched on needs
     * its address.
     */
    public ValidationResult validate(ParticipantRegistrationInput input, List<ChannelDescriptor> offered) {
        List<FieldError> errors = new ArrayList<>();
        EmailAddress email = field(errors, "email", () -> EmailAddress.parse(input.email()));
        List<DutchAddress> addresses = addresses(input.addresses(), errors);
        BirthYear birthYear = field(
                errors, "birthYear", () -> BirthYear.parse(input.birthYear(), Year.now(clock.withZone(NETHERLANDS))));
        Language language = language(input.language(), errors);
        Set<String> chosen = channels(input.channels(), offered, errors);
        List<ContactDetails> contacts = new ArrayList<>();
        for (ChannelDescriptor channel : offered) {
            boolean on = chosen != null && chosen.contains(channel.id());
            boolean defaulted = isBlank(input.channels());
            String address = contactAddress(channel, input, email, on && !defaulted, errors);
            // A channel on by default is on only where it can reach the participant.
            boolean reachable = address != null || channel.addressKind() == AddressKind.NONE;
            contacts.add(new ContactDetails(channel.id(), address, on && (!defaulted || reachable)));
        }
        Optional<QuietHours> quietHours = quietHours(input.quietFrom(), input.quietTo(), errors);
        if (!errors.isEmpty()) {
            return ValidationResult.invalid(errors);
        }
        return ValidationResult.valid(
                new ParticipantRegistration(email, addresses, birthYear, language, contacts, quietHours));
    }

    /** The checked address of one channel, by its kind; null when none was given or the channel needs none. */
    private static String contactAddress(
            ChannelDescriptor channel,
            ParticipantRegistrationInput input,
            EmailAddress email,
            boolean on,
            List<FieldError> errors) {
        String path = contactField(channel.id());
        String typed = typedAddress(channel, input.contactAddresses());
        String address =
                switch (channel.addressKind()) {
                    case EMAIL -> email == null ? null : email.value();
                    case MOBILE_NUMBER ->
                        isBlank(typed) ? null : value(field(errors, path, () -> MobileNumber.parse(typed)));
                    case PHONE_NUMBER ->
                        isBlank(typed) ? null : value(field(errors, path, () -> PhoneNumber.parse(typed)));
                    // Handed over by the resident's browser or app, never typed: kept as given.
                    case PUSH_SUBSCRIPTION -> isBlank(typed) ? null : typed.strip();
                    case NONE -> null;
                };
        // An invalid address, or a missing e-mail address, is reported once already.
        boolean reported = (!isBlank(typed) && address == null) || channel.addressKind() == AddressKind.EMAIL;
        if (on && address == null && !reported && channel.addressKind() != AddressKind.NONE) {
            errors.add(FieldError.of(path, ADDRESS_REQUIRED_FOR_CHANNEL));
        }
        return address;
    }

    /** Typed for this channel, else for every channel of its kind; a phone channel falls back to the mobile number. */
    private static String typedAddress(ChannelDescriptor channel, Map<String, String> typed) {
        String own = typed.get(channel.id());
        if (!isBlank(own)) {
            return own;
        }
        String byKind = typed.get(channel.addressKind().name());
        if (isBlank(byKind) && channel.addressKind() == AddressKind.PHONE_NUMBER) {
            byKind = typed.get(AddressKind.MOBILE_NUMBER.name());
        }
        return byKind;
    }

    private static String value(Object parsed) {
        return parsed == null ? null : parsed.toString();
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

    /**
     * The ids of the chosen channels: blank is the default (those on unless one opts out), words are matched to a
     * channel's id or its name in any language, case-insensitive ("e-mail", "Burgernetmail", "SMS"). Null when a
     * word names no channel offered here.
     */
    private static Set<String> channels(String raw, List<ChannelDescriptor> offered, List<FieldError> errors) {
        if (isBlank(raw)) {
            Set<String> defaults = new LinkedHashSet<>();
            offered.stream().filter(ChannelDescriptor::onByDefault).forEach(c -> defaults.add(c.id()));
            return defaults;
        }
        Set<String> chosen = new LinkedHashSet<>();
        boolean unknown = false;
        for (String word : words(raw, offered)) {
            Optional<ChannelDescriptor> channel = named(word, offered);
            if (channel.isPresent()) {
                chosen.add(channel.get().id());
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
        return chosen;
    }

    /**
     * The channel names in a list: separated by ';', ',', '|', '/' or '+', and by spaces unless the words together
     * name a channel ("E-mail (Burgernetmail)" is one label, "email sms" two ids).
     */
    private static List<String> words(String raw, List<ChannelDescriptor> offered) {
        List<String> words = new ArrayList<>();
        for (String part : CHANNEL_SEPARATORS.split(raw.strip())) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (named(p, offered).isPresent()) {
                words.add(p);
            } else {
                for (String word : SPACES.split(p)) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    /**
     * The offered channel a word names: its id, its admin name, or its label in any language, also the label's
     * parts around a parenthesis ("E-mail (Burgernetmail)": "E-mail" and "Burgernetmail"). Case, spaces and
     * punctuation do not count: "e-mail", "E-MAIL" and "email" are one word.
     */
    public static Optional<ChannelDescriptor> named(String word, List<ChannelDescriptor> offered) {
        String w = normalised(word);
        if (w.isEmpty()) {
            return Optional.empty();
        }
        return offered.stream()
                .filter(c -> normalised(c.id()).equals(w)
                        || names(c.name()).contains(w)
                        || c.labels().values().stream().anyMatch(l -> names(l).contains(w)))
                .findFirst();
    }

    /** A name and, for "Long name (short)", both of its parts. */
    private static Set<String> names(String label) {
        Set<String> names = new LinkedHashSet<>();
        names.add(normalised(label));
        int open = label == null ? -1 : label.indexOf('(');
        if (open > 0 && label.indexOf(')', open) > open) {
            names.add(normalised(label.substring(0, open)));
            names.add(normalised(label.substring(open + 1, label.indexOf(')', open))));
        }
        return names;
    }

    /** Lower-case letters and digits only. */
    private static String normalised(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
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
