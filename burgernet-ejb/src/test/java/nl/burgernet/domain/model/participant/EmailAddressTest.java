package nl.burgernet.domain.model.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.burgernet.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest
    @CsvSource({
        "jan@example.nl,jan@example.nl",
        " Jan.Jansen@StichtseVecht.NL ,Jan.Jansen@stichtsevecht.nl",
        "j+burgernet@mail.example.com,j+burgernet@mail.example.com",
        "o'neill@example.co.uk,o'neill@example.co.uk",
        "jose@bücher.nl,jose@bücher.nl",
        "x@xn--bcher-kva.nl,x@xn--bcher-kva.nl"
    })
    void saneAddressesAreAcceptedWithTheDomainLowerCased(String typed, String stored) {
        assertEquals(stored, EmailAddress.parse(typed).value());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "jan",
                "jan@",
                "@example.nl",
                "jan@example",
                "jan@@example.nl",
                "jan@ex@ample.nl",
                "jan jansen@example.nl",
                "jan..jansen@example.nl",
                ".jan@example.nl",
                "jan.@example.nl",
                "\"jan\"@example.nl",
                "jan@-example.nl",
                "jan@example-.nl",
                "jan@exa_mple.nl",
                "jan@example.n",
                "jan@example.123",
                "jan@example..nl",
                "jan@example.nl\r\nBcc: all@example.nl",
                "jan\n@example.nl"
            })
    void malformedAddressesAreRefused(String typed) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> EmailAddress.parse(typed));
        assertEquals(EmailAddress.INVALID, e.messageKey());
    }

    /** The e-mail channel sends without SMTPUTF8: an address it would refuse at delivery is refused at sign-up. */
    @ParameterizedTest
    @ValueSource(strings = {"café@example.nl", "josé@bücher.nl", "Müller@example.nl"})
    void localPartsOutsideAsciiAreRefusedAsNotDeliverable(String typed) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> EmailAddress.parse(typed));
        assertEquals(EmailAddress.NOT_DELIVERABLE, e.messageKey());
    }

    @Test
    void addressesUpTo254CharactersAreAcceptedAndLongerOnesAreTooLong() {
        String domain = "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(58) + ".nl";
        String longest = "a".repeat(64) + "@" + domain;
        assertEquals(254, longest.length());
        assertEquals(longest, EmailAddress.parse(longest).value());
        String tooLong = "a".repeat(64) + "@d" + domain;
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> EmailAddress.parse(tooLong));
        assertEquals(EmailAddress.TOO_LONG, e.messageKey());
        assertEquals(254, e.args().getFirst());
    }

    @Test
    void localPartOver64CharactersIsRefused() {
        assertThrows(InvalidValueException.class, () -> EmailAddress.parse("a".repeat(65) + "@example.nl"));
    }

    @Test
    void blankIsReportedAsMissing() {
        assertEquals(
                EmailAddress.REQUIRED,
                assertThrows(InvalidValueException.class, () -> EmailAddress.parse("  "))
                        .messageKey());
    }

    @Test
    void comparisonIgnoresCase() {
        assertEquals(
                EmailAddress.parse("Jan@Example.nl").comparisonKey(),
                EmailAddress.parse("jan@example.NL").comparisonKey());
        assertEquals("example.nl", EmailAddress.parse("Jan@Example.NL").domain());
    }
}
