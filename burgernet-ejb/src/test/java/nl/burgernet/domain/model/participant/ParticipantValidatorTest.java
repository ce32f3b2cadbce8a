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
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import nl.burgernet.domain.model.geo.DutchAddress;
import org.junit.jupiter.api.Test;

class ParticipantValidatorTest {

    /** New Year's Eve in the Netherlands is already 2026 there, while UTC still says 2025. */
    private static final Clock NEW_YEAR_AMSTERDAM =
            Clock.fixed(Instant.parse("2025-12-31T23:30:00Z"), ZoneId.of("UTC"));

    private final ParticipantValidator validator = new ParticipantValidator(NEW_YEAR_AMSTERDAM);

    private static ParticipantRegistrationInput input(
            String email, String mobile, List<AddressInput> addresses, String birthYear, String channels) {
        return new ParticipantRegistrationInput(email, mobile, addresses, birthYear, "", channels, "", "");
    }

    private static List<AddressInput> home() {
        return List.of(new AddressInput("3601 ab", "12a", ""));
    }

    @Test
    void completeRegistrationBecomesTypedValues() {
        ValidationResult result = validator.validate(new ParticipantRegistrationInput(
                " Jan@Example.NL ",
                "06 12345678",
                List.of(new AddressInput("3601 ab", "12", "a"), new AddressInput("3621AB", "1-2", "")),
                "1980",
                "en",
                "email; sms",
                "22:00",
                "7:00"));

        ParticipantRegistration r = result.valid();
        assertEquals("Jan@example.nl", r.email().value());
        assertEquals(Optional.of(MobileNumber.parse("+31612345678")), r.mobile());
        assertEquals(
                List.of(DutchAddress.parse("3601AB", "12", "A"), DutchAddress.parse("3621AB", "1", "2")),
                r.addresses());
        assertEquals(1980, r.birthYear().value());
        assertEquals(Language.EN, r.language());
        assertEquals(Set.of(Channel.EMAIL, Channel.SMS), r.channels().enabled());
        assertEquals(
                new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0)),
                r.quietHours().orElseThrow());
    }

    @Test
    void leftOutOptionalFieldsGetTheDefaults() {
        ParticipantRegistration r = validator
                .validate(input("jan@example.nl", "", home(), "1980", ""))
                .valid();
        assertEquals(Optional.empty(), r.mobile());
        assertEquals(Language.NL, r.language());
        assertEquals(ChannelChoices.DEFAULT, r.channels());
        assertEquals(Optional.empty(), r.quietHours());
    }

    @Test
    void everyWrongFieldIsReportedAtOnce() {
        ValidationResult result = validator.validate(new ParticipantRegistrationInput(
                "jan@",
                "030 1234567",
                List.of(new AddressInput("3601 SA", "0", "toolongsuffix")),
                "2015",
                "de",
                "email;fax",
                "25:00",
                "7:00"));

        assertFalse(result.isValid());
        assertEquals(
                List.of(
                        FieldError.of("email", "email.invalid"),
                        FieldError.of("mobile", "mobile.invalid"),
                        FieldError.of("addresses[0].postcode", "postcode.invalid"),
                        FieldError.of("addresses[0].houseNumber", "houseNumber.invalid"),
                        FieldError.of("addresses[0].suffix", "houseNumberSuffix.invalid"),
                        FieldError.of("birthYear", "birthYear.tooYoung", 16),
                        FieldError.of("language", "language.invalid", "de"),
                        FieldError.of("channels", "channels.unknown", "fax"),
                        FieldError.of("quietHours.from", "quietHours.invalidTime")),
                result.errors());
        assertThrows(NoSuchElementException.class, result::valid);
    }

    @Test
    void sixteenThisYearCountsInDutchTime() {
        assertTrue(validator
                .validate(input("jan@example.nl", "", home(), "2010", ""))
                .isValid());
        assertEquals(
                List.of(FieldError.of("birthYear", "birthYear.tooYoung", 16)),
                validator
                        .validate(input("jan@example.nl", "", home(), "2011", ""))
                        .errors());
    }

    @Test
    void textMessagesAndCallsNeedAMobileNumber() {
        assertEquals(
                List.of(FieldError.of("mobile", "mobile.requiredForChannel")),
                validator
                        .validate(input("jan@example.nl", "", home(), "1980", "voice"))
                        .errors());
        assertTrue(validator
                .validate(input("jan@example.nl", "", home(), "1980", "push"))
                .isValid());
    }

    @Test
    void invalidMobileIsReportedOnceNotAlsoAsMissing() {
        assertEquals(
                List.of(FieldError.of("mobile", "mobile.invalid")),
                validator
                        .validate(input("jan@example.nl", "0612", home(), "1980", "sms"))
                        .errors());
    }

    @Test
    void emailOnlyOptedOutByLeavingItOutOfTheChoice() {
        ParticipantRegistration r = validator
                .validate(input("jan@example.nl", "0612345678", home(), "1980", "sms"))
                .valid();
        assertTrue(r.channels().emailOptedOut());
    }

    @Test
    void aChoiceOfOnlySeparatorsIsNoChannelAtAll() {
        assertEquals(
                List.of(FieldError.of("channels", "channels.none")),
                validator
                        .validate(input("jan@example.nl", "", home(), "1980", " ; "))
                        .errors());
    }

    @Test
    void noAddressIsAnErrorButEmptyExtraAddressRowsAreIgnored() {
        assertEquals(
                List.of(FieldError.of("addresses", "addresses.required")),
                validator
                        .validate(input("jan@example.nl", "", List.of(), "1980", ""))
                        .errors());
        List<AddressInput> homeAndEmptyRow = List.of(new AddressInput("", " ", null), home().getFirst());
        assertEquals(
                1,
                validator
                        .validate(input("jan@example.nl", "", homeAndEmptyRow, "1980", ""))
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
                        .validate(input("jan@example.nl", "", twice, "1980", ""))
                        .errors());
    }

    @Test
    void moreThanFiveAddressesAreRefused() {
        List<AddressInput> six = java.util.stream.IntStream.rangeClosed(1, 6)
                .mapToObj(n -> new AddressInput("3601AB", Integer.toString(n), ""))
                .toList();
        assertEquals(
                List.of(FieldError.of("addresses", "addresses.tooMany", 5)),
                validator.validate(input("jan@example.nl", "", six, "1980", "")).errors());
    }

    @Test
    void suffixTypedInTheNumberFieldIsReportedOnTheNumberField() {
        List<AddressInput> address = List.of(new AddressInput("3601AB", "12 abcdefgh", ""));
        assertEquals(
                List.of(FieldError.of("addresses[0].houseNumber", "houseNumberSuffix.invalid")),
                validator
                        .validate(input("jan@example.nl", "", address, "1980", ""))
                        .errors());
    }

    @Test
    void quietHoursNeedBothEnds() {
        ParticipantRegistrationInput onlyFrom =
                new ParticipantRegistrationInput("jan@example.nl", "", home(), "1980", "", "", "22:00", " ");
        assertEquals(
                List.of(FieldError.of("quietHours.to", "quietHours.incomplete")),
                validator.validate(onlyFrom).errors());
        ParticipantRegistrationInput same =
                new ParticipantRegistrationInput("jan@example.nl", "", home(), "1980", "", "", "22:00", "22.00");
        assertEquals(
                List.of(FieldError.of("quietHours.to", "quietHours.empty")),
                validator.validate(same).errors());
    }
}
