package nl.burgernet.domain.model.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.burgernet.domain.model.geo.DutchAddress;
import org.junit.jupiter.api.Test;

class ParticipantValidatorTest {

    /** New Year's Eve in the Netherlands is already 2026 there, while UTC still says 2025. */
    private static final Clock NEW_YEAR_AMSTERDAM =
            Clock.fixed(Instant.parse("2025-12-31T23:30:00Z"), ZoneId.of("UTC"));

    private final ParticipantValidator validator = new ParticipantValidator(NEW_YEAR_AMSTERDAM);

    private static final List<nl.burgernet.channel.api.ChannelDescriptor> OFFERED = TestChannels.CLASSIC;

    /** The mobile number as a CSV file gives it: for every channel of that kind (and phone channels). */
    private static ParticipantRegistrationInput input(
            String email, String mobile, List<AddressInput> addresses, String birthYear, String channels) {
        return new ParticipantRegistrationInput(
                email, addresses, birthYear, "", channels, Map.of("MOBILE_NUMBER", mobile), "", "");
    }

    private static Set<String> on(ParticipantRegistration r) {
        return r.contacts().stream()
                .filter(ContactDetails::enabled)
                .map(ContactDetails::channel)
                .collect(Collectors.toSet());
    }

    private static String address(ParticipantRegistration r, String channel) {
        return r.contacts().stream()
                .filter(c -> c.channel().equals(channel))
                .findFirst()
                .orElseThrow()
                .address();
    }

    private static List<AddressInput> home() {
        return List.of(new AddressInput("3601 ab", "12a", ""));
    }

    @Test
    void completeRegistrationBecomesTypedValues() {
        ValidationResult result = validator.validate(
                new ParticipantRegistrationInput(
                        " Jan@Example.NL ",
                        List.of(new AddressInput("3601 ab", "12", "a"), new AddressInput("3621AB", "1-2", "")),
                        "1980",
                        "en",
                        "e-mail; SMS",
                        Map.of("sms", "06 12345678", "voice", "030 123 45 67"),
                        "22:00",
                        "7:00"),
                OFFERED);

        ParticipantRegistration r = result.valid();
        assertEquals("Jan@example.nl", r.email().value());
        assertEquals("+31612345678", address(r, "sms"));
        assertEquals("+31301234567", address(r, "voice"), "a number is kept for a channel that is off");
        assertEquals("Jan@example.nl", address(r, "email"), "an e-mail channel takes the e-mail address");
        assertEquals(
                List.of(DutchAddress.parse("3601AB", "12", "A"), DutchAddress.parse("3621AB", "1", "2")),
                r.addresses());
        assertEquals(1980, r.birthYear().value());
        assertEquals(Language.EN, r.language());
        assertEquals(Set.of("email", "sms"), on(r));
        assertEquals(
                new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0)),
                r.quietHours().orElseThrow());
    }

    @Test
    void leftOutOptionalFieldsGetTheDefaults() {
        ParticipantRegistration r = validator
                .validate(input("jan@example.nl", "", home(), "1980", ""), OFFERED)
                .valid();
        assertEquals(null, address(r, "sms"));
        assertEquals(Language.NL, r.language());
        assertEquals(Set.of("email"), on(r), "the channels on by default");
        assertEquals(Optional.empty(), r.quietHours());
    }

    @Test
    void everyWrongFieldIsReportedAtOnce() {
        ValidationResult result = validator.validate(
                new ParticipantRegistrationInput(
                        "jan@",
                        List.of(new AddressInput("3601 SA", "0", "toolongsuffix")),
                        "2015",
                        "de",
                        "email;fax",
                        Map.of("sms", "030 1234567"),
                        "25:00",
                        "7:00"),
                OFFERED);

        assertFalse(result.isValid());
        assertEquals(
                List.of(
                        FieldError.of("email", "email.invalid"),
                        FieldError.of("addresses[0].postcode", "postcode.invalid"),
                        FieldError.of("addresses[0].houseNumber", "houseNumber.invalid"),
                        FieldError.of("addresses[0].suffix", "houseNumberSuffix.invalid"),
                        FieldError.of("birthYear", "birthYear.tooYoung", 16),
                        FieldError.of("language", "language.invalid", "de"),
                        FieldError.of("channels", "channels.unknown", "fax"),
                        FieldError.of("contacts.sms", "mobile.invalid"),
                        FieldError.of("quietHours.from", "quietHours.invalidTime")),
                result.errors());
        assertThrows(NoSuchElementException.class, result::valid);
    }

    @Test
    void sixteenThisYearCountsInDutchTime() {
        assertTrue(validator
                .validate(input("jan@example.nl", "", home(), "2010", ""), OFFERED)
                .isValid());
        assertEquals(
                List.of(FieldError.of("birthYear", "birthYear.tooYoung", 16)),
                validator
                        .validate(input("jan@example.nl", "", home(), "2011", ""), OFFERED)
                        .errors());
    }

    @Test
    void aChannelSwitchedOnNeedsTheAddressOfItsKind() {
        assertEquals(
                List.of(FieldError.of("contacts.voice", "contact.addressRequired")),
                validator
                        .validate(input("jan@example.nl", "", home(), "1980", "voice"), OFFERED)
                        .errors());
        List<nl.burgernet.channel.api.ChannelDescriptor> withSirenAndPush =
                List.of(TestChannels.EMAIL, TestChannels.SIREN, TestChannels.PUSH);
        assertTrue(
                validator
                        .validate(input("jan@example.nl", "", home(), "1980", "siren"), withSirenAndPush)
                        .isValid(),
                "a channel that needs no address needs none");
        assertEquals(
                List.of(FieldError.of("contacts.push", "contact.addressRequired")),
                validator
                        .validate(input("jan@example.nl", "", home(), "1980", "push"), withSirenAndPush)
                        .errors(),
                "a push channel is on only with the subscription its own flow handed over");
    }

    @Test
    void addressesAreCheckedByKind() {
        ParticipantRegistration landline = validator
                .validate(
                        new ParticipantRegistrationInput(
                                "jan@example.nl",
                                home(),
                                "1980",
                                "",
                                "voice",
                                Map.of("voice", "030 123 45 67"),
                                "",
                                ""),
                        OFFERED)
                .valid();
        assertEquals("+31301234567", address(landline, "voice"), "a landline can be called");
        assertEquals(
                List.of(FieldError.of("contacts.sms", "mobile.invalid")),
                validator
                        .validate(
                                new ParticipantRegistrationInput(
                                        "jan@example.nl",
                                        home(),
                                        "1980",
                                        "",
                                        "sms",
                                        Map.of("sms", "030 123 45 67"),
                                        "",
                                        ""),
                                OFFERED)
                        .errors(),
                "a landline cannot take a text message");
    }

    @Test
    void aPhoneChannelFallsBackToTheMobileNumber() {
        ParticipantRegistration r = validator
                .validate(input("jan@example.nl", "06 12345678", home(), "1980", "voice;sms"), OFFERED)
                .valid();
        assertEquals("+31612345678", address(r, "voice"));
        assertEquals("+31612345678", address(r, "sms"));
    }

    @Test
    void channelsAreNamedByIdOrByTheirLabelInAnyLanguage() {
        ParticipantRegistration r = validator
                .validate(
                        input("jan@example.nl", "0612345678", home(), "1980", "Burgernetmail, SPRAAKBERICHT"), OFFERED)
                .valid();
        assertEquals(Set.of("email", "voice"), on(r));
    }

    @Test
    void aLabelWithSpacesAndItsPartsNameTheChannel() {
        nl.burgernet.channel.api.ChannelDescriptor mail = nl.burgernet.channel.api.ChannelDescriptor.builder("email")
                .addressKind(nl.burgernet.channel.api.AddressKind.EMAIL)
                .label("nl", "E-mail (Burgernetmail)")
                .build();
        List<nl.burgernet.channel.api.ChannelDescriptor> offered = List.of(mail, TestChannels.SMS);
        for (String typed : List.of("E-mail (Burgernetmail)", "burgernetmail", "E-MAIL", "e-mail sms")) {
            ParticipantRegistration r = validator
                    .validate(input("jan@example.nl", "0612345678", home(), "1980", typed), offered)
                    .valid();
            assertTrue(on(r).contains("email"), typed);
        }
    }

    @Test
    void aChannelNotOfferedHereIsUnknown() {
        assertEquals(
                List.of(FieldError.of("channels", "channels.unknown", "sms")),
                validator
                        .validate(
                                input("jan@example.nl", "0612345678", home(), "1980", "email;sms"),
                                List.of(TestChannels.EMAIL))
                        .errors());
    }

    @Test
    void invalidMobileIsReportedOnceNotAlsoAsMissing() {
        assertEquals(
                List.of(FieldError.of("contacts.sms", "mobile.invalid")),
                validator
                        .validate(
                                new ParticipantRegistrationInput(
                                        "jan@example.nl", home(), "1980", "", "sms", Map.of("sms", "0612"), "", ""),
                                OFFERED)
                        .errors());
    }

    @Test
    void emailIsOffWhenLeftOutOfTheChoice() {
        ParticipantRegistration r = validator
                .validate(input("jan@example.nl", "0612345678", home(), "1980", "sms"), OFFERED)
                .valid();
        assertEquals(Set.of("sms"), on(r));
        assertEquals("jan@example.nl", address(r, "email"), "the e-mail contact is there, switched off");
    }

    @Test
    void aDefaultChannelThatCannotReachTheParticipantStaysOff() {
        nl.burgernet.channel.api.ChannelDescriptor smsByDefault = nl.burgernet.channel.api.ChannelDescriptor.builder(
                        "sms")
                .addressKind(nl.burgernet.channel.api.AddressKind.MOBILE_NUMBER)
                .onByDefault(true)
                .build();
        ParticipantRegistration r = validator
                .validate(input("jan@example.nl", "", home(), "1980", ""), List.of(TestChannels.EMAIL, smsByDefault))
                .valid();
        assertEquals(Set.of("email"), on(r));
    }

    @Test
    void aChoiceOfOnlySeparatorsIsNoChannelAtAll() {
        assertEquals(
                List.of(FieldError.of("channels", "channels.none")),
                validator
                        .validate(input("jan@example.nl", "", home(), "1980", " ; "), OFFERED)
                        .errors());
    }

    @Test
    void noAddressIsAnErrorButEmptyExtraAddressRowsAreIgnored() {
        assertEquals(
                List.of(FieldError.of("addresses", "addresses.required")),
                validator
                        .validate(input("jan@example.nl", "", List.of(), "1980", ""), OFFERED)
                        .errors());
        List<AddressInput> homeAndEmptyRow = List.of(new AddressInput("", " ", null), home().getFirst());
        assertEquals(
                1,
                validator
                        .validate(input("jan@example.nl", "", homeAndEmptyRow, "1980", ""), OFFERED)
                        .valid()
                        .addresses()
                        .size());
    }

    @Test
    void theSameDoorTwiceIsReportedOnTheSecond() {
        List<AddressInput> twice =
                List.of(new AddressInput("3601AB", "12a", ""), new AddressInput("3601 ab", "12", "A"));
        assertEquals(
                List.of(FieldError.of("addresses[1]", "addresses.duplicate")),
                validator
                        .validate(input("jan@example.nl", "", twice, "1980", ""), OFFERED)
                        .errors());
    }

    @Test
    void moreThanFiveAddressesAreRefused() {
        List<AddressInput> six = java.util.stream.IntStream.rangeClosed(1, 6)
                .mapToObj(n -> new AddressInput("3601AB", Integer.toString(n), ""))
                .toList();
        assertEquals(
                List.of(FieldError.of("addresses", "addresses.tooMany", 5)),
                validator
                        .validate(input("jan@example.nl", "", six, "1980", ""), OFFERED)
                        .errors());
    }

    @Test
    void suffixTypedInTheNumberFieldIsReportedOnTheNumberField() {
        List<AddressInput> address = List.of(new AddressInput("3601AB", "12 abcdefgh", ""));
        assertEquals(
                List.of(FieldError.of("addresses[0].houseNumber", "houseNumberSuffix.invalid")),
                validator
                        .validate(input("jan@example.nl", "", address, "1980", ""), OFFERED)
                        .errors());
    }

    @Test
    void quietHoursNeedBothEnds() {
        ParticipantRegistrationInput onlyFrom =
                new ParticipantRegistrationInput("jan@example.nl", home(), "1980", "", "", Map.of(), "22:00", " ");
        assertEquals(
                List.of(FieldError.of("quietHours.to", "quietHours.incomplete")),
                validator.validate(onlyFrom, OFFERED).errors());
        ParticipantRegistrationInput same =
                new ParticipantRegistrationInput("jan@example.nl", home(), "1980", "", "", Map.of(), "22:00", "22.00");
        assertEquals(
                List.of(FieldError.of("quietHours.to", "quietHours.empty")),
                validator.validate(same, OFFERED).errors());
    }
}
