package nl.burgernet.application.participant.csvimport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.burgernet.channel.api.ChannelDescriptor;
import nl.burgernet.domain.model.participant.AddressInput;
import nl.burgernet.domain.model.participant.ParticipantRegistration;
import nl.burgernet.domain.model.participant.ParticipantRegistrationInput;
import nl.burgernet.domain.model.participant.ParticipantValidator;
import nl.burgernet.domain.model.participant.TestChannels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ParticipantCsvWriterTest {

    private static final Clock IN_2026 = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneId.of("UTC"));
    private static final ParticipantValidator VALIDATOR = new ParticipantValidator(IN_2026);
    /** No channel that calls a landline: no phone column. */
    private static final List<ChannelDescriptor> EMAIL_AND_SMS = List.of(TestChannels.EMAIL, TestChannels.SMS);

    private static ParticipantRegistration registration(
            String email,
            String mobile,
            List<AddressInput> addresses,
            String language,
            String channels,
            String from,
            String to) {
        return VALIDATOR
                .validate(
                        new ParticipantRegistrationInput(
                                email,
                                addresses,
                                "1980",
                                language,
                                channels,
                                Map.of("MOBILE_NUMBER", mobile),
                                from,
                                to),
                        TestChannels.CLASSIC)
                .valid();
    }

    private static final List<ParticipantRegistration> PARTICIPANTS = List.of(
            registration(
                    "Jan@example.nl",
                    "06 12345678",
                    List.of(new AddressInput("3601AB", "12a", "")),
                    "nl",
                    "email;sms",
                    "22:00",
                    "07:00"),
            registration(
                    "anna.o'neill@example.co.uk",
                    "",
                    List.of(new AddressInput("3621AB", "3-2", ""), new AddressInput("1393AB", "1", "bis")),
                    "en",
                    "e-mail",
                    "",
                    ""),
            registration(
                    "+formula@example.nl",
                    "+31687654321",
                    List.of(new AddressInput("3641AB", "99999", "")),
                    "",
                    "voice",
                    "13:00",
                    "14:30"),
            registration("piet@example.nl", "", List.of(new AddressInput("1391 ab", "7", "")), "", "", "", ""));

    static List<CsvExportOptions> dialects() {
        return List.of(
                CsvExportOptions.EXCEL_NL,
                CsvExportOptions.RFC_4180,
                CsvExportOptions.EXCEL_NL.withDutchHeaders(),
                new CsvExportOptions('\t', false, false));
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void exportThenImportGivesTheSameRegistrations(CsvExportOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ParticipantCsvWriter.write(PARTICIPANTS, TestChannels.CLASSIC, options, out);

        CsvImportPreview preview = new ParticipantCsvReader(VALIDATOR)
                .preview(new ByteArrayInputStream(out.toByteArray()), TestChannels.CLASSIC);

        assertEquals(List.of(), preview.errors());
        assertEquals(List.of(), preview.ignoredColumns());
        assertEquals(options.separator(), preview.separator());
        assertEquals(
                PARTICIPANTS,
                preview.accepted().stream()
                        .map(ImportedParticipant::registration)
                        .toList());
    }

    @Test
    void excelExportHasAByteOrderMarkSemicolonsAndTextSafeMobileNumbers() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ParticipantCsvWriter.write(PARTICIPANTS.subList(0, 1), EMAIL_AND_SMS, CsvExportOptions.EXCEL_NL, out);
        byte[] bytes = out.toByteArray();

        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals(
                "email;mobile;postcode;house_number;suffix;birth_year;language;channels;quiet_from;quiet_to\r\n"
                        + "Jan@example.nl;06 12345678;3601 AB;12;A;1980;nl;\"email;sms\";22:00;07:00\r\n",
                text);
    }

    @Test
    void dutchHeadersAndNumberedAddressColumnsForSeveralAddresses() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ParticipantCsvWriter.write(
                PARTICIPANTS.subList(1, 2), EMAIL_AND_SMS, CsvExportOptions.RFC_4180.withDutchHeaders(), out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(
                text.startsWith("e-mail,mobiel,postcode,huisnummer,toevoeging,postcode_2,huisnummer_2,toevoeging_2,"
                        + "geboortejaar,taal,kanalen,niet_storen_van,niet_storen_tot\r\n"),
                text);
        assertTrue(text.contains(",3621 AB,3,2,1393 AB,1,BIS,1980,en,email,,\r\n"), text);
    }

    @Test
    void valuesASpreadsheetWouldRunAsFormulaAreDefused() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ParticipantCsvWriter.write(PARTICIPANTS.subList(2, 3), EMAIL_AND_SMS, CsvExportOptions.RFC_4180, out);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\r\n'+formula@example.nl,06 87654321,"));
    }

    @Test
    void aChannelThatCallsAPhoneAddsAPhoneColumn() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ParticipantCsvWriter.write(PARTICIPANTS.subList(2, 3), TestChannels.CLASSIC, CsvExportOptions.RFC_4180, out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("email,mobile,phone,postcode,"), text);
        assertTrue(text.contains("'+formula@example.nl,06 87654321,06 87654321,3641 AB,"), text);
        assertTrue(text.contains(",voice,13:00,14:30\r\n"), text);
    }

    @Test
    void streamingExportRefusesAParticipantWithMoreAddressesThanColumns() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ParticipantCsvWriter writer =
                ParticipantCsvWriter.open(out, CsvExportOptions.RFC_4180, 1, EMAIL_AND_SMS)) {
            writer.write(PARTICIPANTS.getFirst());
            assertThrows(IllegalArgumentException.class, () -> writer.write(PARTICIPANTS.get(1)));
        }
        assertEquals(2, out.toString(StandardCharsets.UTF_8).lines().count());
    }
}
