package nl.burgernet.application.participant.csvimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.burgernet.domain.model.geo.DutchAddress;
import nl.burgernet.domain.model.participant.ContactDetails;
import nl.burgernet.domain.model.participant.Language;
import nl.burgernet.domain.model.participant.ParticipantRegistration;
import nl.burgernet.domain.model.participant.ParticipantValidator;
import nl.burgernet.domain.model.participant.TestChannels;
import org.junit.jupiter.api.Test;

class ParticipantCsvReaderTest {

    private static final Clock IN_2026 = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneId.of("UTC"));

    private final ParticipantCsvReader reader = new ParticipantCsvReader(new ParticipantValidator(IN_2026));

    private CsvImportPreview preview(String content) {
        return preview(content.getBytes(StandardCharsets.UTF_8));
    }

    private CsvImportPreview preview(byte[] content) {
        return reader.preview(new ByteArrayInputStream(content), TestChannels.CLASSIC);
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

    private static List<Long> lines(CsvImportPreview preview) {
        return preview.accepted().stream().map(ImportedParticipant::lineNumber).toList();
    }

    @Test
    void commaSeparatedFileWithEnglishHeadersBecomesRegistrations() {
        CsvImportPreview preview = preview(
                """
                email,mobile,postcode,house_number,suffix,birth_year,language,channels,quiet_from,quiet_to
                jan@example.nl,06 12345678,3601 AB,12,a,1980,nl,email;sms,22:00,07:00
                anna@example.nl,,3621AB,3-2,,1995,en,,,
                """);

        assertEquals(List.of(), preview.errors());
        assertEquals(',', preview.separator());
        assertEquals("UTF-8", preview.encoding());
        assertEquals(2, preview.rowsRead());
        assertEquals(List.of(2L, 3L), lines(preview));
        ParticipantRegistration jan = preview.accepted().get(0).registration();
        assertEquals("+31612345678", address(jan, "sms"));
        assertEquals(List.of(DutchAddress.parse("3601AB", "12", "A")), jan.addresses());
        assertEquals(Set.of("email", "sms"), on(jan));
        assertEquals("22:00-07:00", jan.quietHours().orElseThrow().toString());
        ParticipantRegistration anna = preview.accepted().get(1).registration();
        assertEquals(Language.EN, anna.language());
        assertEquals(List.of(DutchAddress.parse("3621AB", "3", "2")), anna.addresses());
        assertEquals(Set.of("email"), on(anna));
    }

    @Test
    void dutchExcelFileWithByteOrderMarkSemicolonsAndDutchHeadersIsRead() {
        String excel = "\uFEFFE-mail;Mobiel;Postcode;Huisnummer;Toevoeging;Geboortejaar;Taal;Kanalen\r\n"
                + "jan@example.nl;0612345678;3601 ab;12;;1980;nl;\"email;sms\"\r\n"
                + "piet@example.nl;+31 6 87654321;3632AB;7;bis;1950;;Spraakbericht\r\n";
        CsvImportPreview preview = preview(excel);

        assertEquals(';', preview.separator());
        assertEquals(
                List.of(), preview.errors().stream().map(RowError::messageEn).toList());
        assertEquals(List.of(2L, 3L), lines(preview));
        assertEquals(Set.of("email", "sms"), on(preview.accepted().get(0).registration()));
        assertEquals(Set.of("voice"), on(preview.accepted().get(1).registration()));
        assertEquals(
                "+31687654321",
                address(preview.accepted().get(1).registration(), "voice"),
                "without a phone column, a phone channel calls the mobile number");
    }

    @Test
    void byteOrderMarkIsNotPartOfTheFirstColumnName() {
        CsvImportPreview preview =
                preview("\uFEFFemail,postcode,house_number,birth_year\njan@example.nl,3601AB,1,1980\n");
        assertFalse(preview.hasFileLevelError());
        assertEquals(1, preview.accepted().size());
    }

    @Test
    void tabSeparatedPasteFromASpreadsheetIsRead() {
        CsvImportPreview preview =
                preview("email\tpostcode\thouse_number\tbirth_year\njan@example.nl\t3601AB\t1\t1980\n");
        assertEquals('\t', preview.separator());
        assertEquals(1, preview.accepted().size());
    }

    @Test
    void headerNamesAreMatchedWhateverTheirCaseOrSpacing() {
        CsvImportPreview preview = preview(
                """
                E-MAIL , House Number,POSTCODE,Year of birth,Niet storen van,niet-storen-tot
                jan@example.nl,1,3601AB,1980,23:00,06:30
                """);
        assertEquals(List.of(), preview.errors());
        assertEquals(
                "23:00-06:30",
                preview.accepted()
                        .getFirst()
                        .registration()
                        .quietHours()
                        .orElseThrow()
                        .toString());
    }

    @Test
    void missingRequiredColumnsGiveOneFileLevelErrorNamingThem() {
        CsvImportPreview preview = preview(
                """
                email;huisnummer;naam
                jan@example.nl;12;Jan
                """);

        assertEquals(1, preview.errors().size());
        RowError error = preview.errors().getFirst();
        assertTrue(error.isFileLevel());
        assertTrue(preview.hasFileLevelError());
        assertEquals(Optional.empty(), error.column());
        assertTrue(
                error.messageNl().startsWith("Het bestand mist de kolom geboortejaar, postcode."), error.messageNl());
        assertTrue(error.messageNl().contains("e-mail;mobiel;postcode;huisnummer;toevoeging"), error.messageNl());
        assertTrue(error.messageEn().startsWith("The file has no column birth_year, postcode."), error.messageEn());
        assertTrue(error.messageEn().contains("email;mobile;postcode;house_number;suffix"), error.messageEn());
        assertEquals(List.of(), preview.accepted());
    }

    @Test
    void sameColumnTwiceIsAFileLevelError() {
        CsvImportPreview preview = preview("email,postcode,house_number,birth_year,E-mail\n");
        assertTrue(preview.hasFileLevelError());
        assertEquals(
                "The column \"E-mail\" appears more than once in the first line.",
                preview.errors().getFirst().messageEn());
    }

    @Test
    void emptyFileIsAFileLevelError() {
        for (String empty : List.of("", "\uFEFF", "\n\n")) {
            CsvImportPreview preview = preview(empty);
            assertEquals(
                    List.of("Het bestand is leeg."),
                    preview.errors().stream().map(RowError::messageNl).toList());
        }
    }

    @Test
    void headerOnlyFileSaysThereAreNoParticipantsInIt() {
        for (String headerOnly : List.of(
                "email,postcode,house_number,birth_year\n", "email;postcode;huisnummer;geboortejaar\r\n;;;\r\n\r\n")) {
            CsvImportPreview preview = preview(headerOnly);
            assertTrue(preview.hasFileLevelError());
            assertEquals(
                    List.of("The file has only the line with the column names: there are no participants below it."),
                    preview.errors().stream().map(RowError::messageEn).toList());
            assertEquals(0, preview.rowsRead());
        }
    }

    @Test
    void aBadRowNeverStopsTheGoodOnes() {
        CsvImportPreview preview = preview(
                """
                email,postcode,house_number,birth_year
                a@example.nl,3601AB,1,1980
                b@example.nl,3601 SA,2,1980
                c@example.nl,3601AB,3,1980
                """);

        assertEquals(List.of(2L, 4L), lines(preview));
        RowError error = preview.errors().getFirst();
        assertEquals(3, error.lineNumber());
        assertEquals(Optional.of("postcode"), error.column());
        assertEquals("Vul een geldige postcode in, bijvoorbeeld 3601 AB.", error.message(Locale.of("nl")));
        assertEquals("Please enter a valid postcode, for example 3601 AB.", error.message(Locale.ENGLISH));
        assertEquals(1, preview.rejectedRows());
    }

    @Test
    void everyProblemOfARowIsReportedUnderItsColumnAsWritten() {
        CsvImportPreview preview = preview(
                """
                E-mail;Postcode;Huisnummer;Geboortejaar;Kanalen
                jan@;3601AB;0;2015;sms
                """);
        assertEquals(
                List.of("E-mail", "Huisnummer", "Geboortejaar", "mobile"),
                preview.errors().stream().map(e -> e.column().orElseThrow()).toList());
        assertTrue(preview.errors().stream().allMatch(e -> e.lineNumber() == 2));
        assertEquals(1, preview.rejectedRows());
    }

    @Test
    void lineNumbersStayRightWhenQuotedFieldsSpanLines() {
        String content = "email,postcode,house_number,birth_year,notes\n" // line 1
                + "a@example.nl,3601AB,1,1980,\"first\n" // 2
                + "second\n" // 3
                + "third\"\n" // 4
                + "b@example.nl,3601SA,2,1980,x\n" // 5: bad postcode
                + "\n" // 6: blank
                + "c@example.nl,3601AB,3,1980,\"x\r\ny\"\r\n" // 7-8
                + "d@example.nl,3601AB,bad,1980,\n"; // 9: bad house number
        CsvImportPreview preview = preview(content);

        assertEquals(List.of(2L, 7L), lines(preview));
        assertEquals(
                List.of(5L, 9L),
                preview.errors().stream().map(RowError::lineNumber).toList());
        assertEquals(List.of("notes"), preview.ignoredColumns());
        assertEquals(4, preview.rowsRead());
    }

    @Test
    void sameEmailAgainIsReportedWithBothLineNumbersAndOnlyTheFirstIsImported() {
        CsvImportPreview preview = preview(
                """
                email,postcode,house_number,birth_year
                jan@example.nl,3601AB,1,1980
                piet@example.nl,3601AB,2,1980
                JAN@Example.NL,3621AB,5,1981
                """);

        assertEquals(List.of(2L, 3L), lines(preview));
        RowError duplicate = preview.errors().getFirst();
        assertEquals(4, duplicate.lineNumber());
        assertEquals(Optional.of("email"), duplicate.column());
        assertEquals("Dit e-mailadres staat ook op regel 2; alleen regel 2 wordt ingelezen.", duplicate.messageNl());
    }

    @Test
    void rowsOfOnlySeparatorsAreNotParticipants() {
        CsvImportPreview preview = preview(
                """
                email;postcode;huisnummer;geboortejaar
                jan@example.nl;3601AB;1;1980
                ;;;
                ; ;;
                """);
        assertEquals(List.of(), preview.errors());
        assertEquals(1, preview.rowsRead());
    }

    @Test
    void moreValuesThanColumnsIsReportedNotSilentlyDropped() {
        CsvImportPreview preview = preview(
                """
                email;postcode;huisnummer;geboortejaar
                jan@example.nl;3601AB;1;1980;;
                piet@example.nl;3601AB;2;1980;Piet
                """);
        assertEquals(List.of(2L), lines(preview));
        assertEquals(3, preview.errors().getFirst().lineNumber());
        assertTrue(preview.errors().getFirst().messageEn().contains("more values than there are columns (4)"));
    }

    @Test
    void fewerValuesThanColumnsCountAsEmpty() {
        CsvImportPreview preview = preview(
                """
                email,postcode,house_number,birth_year,mobile,channels
                jan@example.nl,3601AB,1,1980
                """);
        assertEquals(List.of(2L), lines(preview));
    }

    @Test
    void numberedAddressColumnsGiveSeveralAddresses() {
        CsvImportPreview preview = preview(
                """
                email,postcode,house_number,postcode_2,huisnummer 2,toevoeging_2,birth_year
                jan@example.nl,3601AB,1,3621 ab,10,b,1980
                piet@example.nl,3601AB,2,,,,1980
                kees@example.nl,3601AB,3,3621SS,4,,1980
                """);
        assertEquals(
                List.of(DutchAddress.parse("3601AB", "1", ""), DutchAddress.parse("3621AB", "10", "B")),
                preview.accepted().get(0).registration().addresses());
        assertEquals(1, preview.accepted().get(1).registration().addresses().size());
        assertEquals(Optional.of("postcode_2"), preview.errors().getFirst().column());
    }

    @Test
    void secondAddressGroupNeedsItsHouseNumberColumn() {
        CsvImportPreview preview = preview("email,postcode,house_number,postcode_2,birth_year\n");
        assertTrue(preview.errors().getFirst().messageEn().contains("house_number_2"));
    }

    @Test
    void windows1252FileFromPlainExcelCsvIsReadAsSuchAndAnAccentedAddressIsRefusedAsDeliveryWould() {
        Charset windows1252 = Charset.forName("windows-1252");
        byte[] content = ("email;naam;postcode;huisnummer;geboortejaar\r\n"
                        + "café@example.nl;Müller;3601AB;1;1980\r\n"
                        + "rene@example.nl;René;3601AB;2;1980\r\n")
                .getBytes(windows1252);
        CsvImportPreview preview = preview(content);
        assertEquals("windows-1252", preview.encoding());
        assertEquals(List.of(3L), lines(preview));
        RowError refused = preview.errors().getFirst();
        assertEquals(2, refused.lineNumber());
        assertEquals(Optional.of("email"), refused.column());
        assertTrue(
                refused.messageEn()
                        .startsWith("Not every mail server can deliver to an address with a letter such as é"),
                refused.messageEn());
    }

    @Test
    void utf16FilesFromExcelUnicodeTextAreRecognisedWithOrWithoutByteOrderMark() {
        String text = "e-mail\tpostcode\thuisnummer\tgeboortejaar\tnaam\r\njan@example.nl\t3601AB\t1\t1980\tJosé\r\n";
        ByteArrayOutputStream littleWithMark = new ByteArrayOutputStream();
        littleWithMark.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
        littleWithMark.writeBytes(text.getBytes(StandardCharsets.UTF_16LE));
        ByteArrayOutputStream bigWithMark = new ByteArrayOutputStream();
        bigWithMark.writeBytes(new byte[] {(byte) 0xFE, (byte) 0xFF});
        bigWithMark.writeBytes(text.getBytes(StandardCharsets.UTF_16BE));
        List<byte[]> files = List.of(
                littleWithMark.toByteArray(),
                bigWithMark.toByteArray(),
                text.getBytes(StandardCharsets.UTF_16LE),
                text.getBytes(StandardCharsets.UTF_16BE));
        List<String> encodings = List.of("UTF-16LE", "UTF-16BE", "UTF-16LE", "UTF-16BE");
        for (int i = 0; i < files.size(); i++) {
            CsvImportPreview preview = preview(files.get(i));
            assertEquals(List.of(), preview.errors(), encodings.get(i));
            assertEquals(encodings.get(i), preview.encoding());
            assertEquals('\t', preview.separator());
            assertEquals(List.of("naam"), preview.ignoredColumns());
            assertEquals(
                    "jan@example.nl",
                    preview.accepted().getFirst().registration().email().value());
        }
    }

    @Test
    void utf8ByteOrderMarkIsRecognisedEvenWhenTheRestLooksLikeAnotherCharset() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes("email,postcode,house_number,birth_year\njan@example.nl,3601AB,1,1980\n"
                .getBytes(StandardCharsets.UTF_8));
        CsvImportPreview preview = preview(out.toByteArray());
        assertEquals("UTF-8", preview.encoding());
        assertEquals(List.of(2L), lines(preview));
    }

    @Test
    void invalidUtf8AfterTheFirstMegabyteIsReportedOnItsLineAndTheOtherRowsStay() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("email,postcode,house_number,birth_year\n".getBytes(StandardCharsets.UTF_8));
        int n = 0;
        while (out.size() < 1_100_000) {
            out.writeBytes(("p" + n++ + "@example.nl,3601AB,1,1980\n").getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes("ren\u00e9@example.nl,3601AB,1,1980\n".getBytes(Charset.forName("windows-1252")));
        out.writeBytes("last@example.nl,3601AB,1,1980\n".getBytes(StandardCharsets.UTF_8));
        CsvImportPreview preview = preview(out.toByteArray());
        assertFalse(preview.hasFileLevelError());
        assertEquals(n + 1, preview.accepted().size());
        RowError error = preview.errors().getFirst();
        assertEquals(n + 2, error.lineNumber());
        assertEquals(Optional.of("email"), error.column());
        assertEquals(
                "This value has characters that cannot be read as UTF-8. In Excel, save the file as \"CSV UTF-8\" and"
                        + " import it again.",
                error.messageEn());
    }

    @Test
    void unclosedQuoteCostsOnlyItsLineWithAClearErrorAndTheRowsAfterItAreRead() {
        CsvImportPreview preview = preview(
                """
                email,postcode,house_number,birth_year
                jan@example.nl,3601AB,1,1980
                "piet@example.nl,3601AB,2,1980
                kees@example.nl,3601AB,3,1980
                """);
        assertEquals(List.of(2L, 4L), lines(preview));
        assertFalse(preview.hasFileLevelError());
        assertEquals(3, preview.rowsRead());
        assertEquals(1, preview.errors().size());
        RowError error = preview.errors().getFirst();
        assertEquals(3, error.lineNumber());
        assertEquals(Optional.empty(), error.column());
        assertTrue(
                error.messageNl()
                        .startsWith("Deze regel heeft een aanhalingsteken (\") dat een waarde opent maar niet sluit"),
                error.messageNl());
        assertTrue(error.messageEn().contains("This line was not imported; the lines after it were read as usual."));
    }

    @Test
    void strayQuoteThatPairsWithALaterQuoteCostsOnlyItsOwnLine() {
        CsvImportPreview preview = preview(
                """
                email;postcode;huisnummer;geboortejaar;kanalen
                jan@example.nl;3601AB;1;1980;"email
                piet@example.nl;3601AB;2;1980;"email"
                kees@example.nl;"3601AB";3;1980;
                """);
        assertEquals(List.of(3L, 4L), lines(preview));
        assertEquals(
                List.of(2L), preview.errors().stream().map(RowError::lineNumber).toList());
    }

    @Test
    void strayQuoteInAFileWithOldMacLineEndingsCostsOnlyItsLine() {
        CsvImportPreview preview = preview("email,postcode,house_number,birth_year\r"
                + "jan@example.nl,3601AB,1,1980\r"
                + "\"piet@example.nl,3601AB,2,1980\r"
                + "kees@example.nl,3601AB,3,1980\r"
                + "anna@example.nl,3601AB,4,\"19\r80\"\r"
                + "lies@example.nl,3601AB,5,1980\r");
        assertEquals(List.of(2L, 4L, 7L), lines(preview));
        assertEquals(
                List.of(3L, 5L),
                preview.errors().stream().map(RowError::lineNumber).toList());
    }

    @Test
    void textAfterAClosingQuoteIsReportedOnItsLine() {
        CsvImportPreview preview = preview(
                """
                email,postcode,house_number,birth_year
                "jan@example.nl"x,3601AB,1,1980
                piet@example.nl,3601AB,2,1980
                """);
        assertEquals(List.of(3L), lines(preview));
        assertEquals(2, preview.errors().getFirst().lineNumber());
        assertTrue(preview.errors().getFirst().messageEn().startsWith("This line has a quote"));
    }

    @Test
    void quoteLeftOpenOnTheLastLineIsReportedThere() {
        CsvImportPreview preview = preview("email,postcode,house_number,birth_year\r\n"
                + "jan@example.nl,3601AB,1,1980\r\n"
                + "piet@example.nl,3601AB,2,\"1980");
        assertEquals(List.of(2L), lines(preview));
        assertEquals(
                List.of(3L), preview.errors().stream().map(RowError::lineNumber).toList());
    }

    @Test
    void strayQuoteBeforeManyRowsWithoutQuotesIsFoundWithoutReadingThemAsOneValue() {
        StringBuilder content =
                new StringBuilder("email,postcode,house_number,birth_year\n\"stray@example.nl,3601AB,1,1980\n");
        int rows = CsvRecordSplitter.MAX_RECORD_LINES * 3;
        for (int i = 0; i < rows; i++) {
            content.append("p").append(i).append("@example.nl,3601AB,1,1980\n");
        }
        content.append("\"open@example.nl,3601AB,1,1980\r\n");
        content.append("end@example.nl,3601AB,1,1980\r\n");
        CsvImportPreview preview = preview(content.toString());
        assertEquals(rows + 1, preview.accepted().size());
        assertEquals(
                List.of(2L, rows + 3L),
                preview.errors().stream().map(RowError::lineNumber).toList());
        assertEquals(rows + 4L, preview.accepted().getLast().lineNumber());
    }

    @Test
    void unclosedQuoteInTheHeaderIsAFileLevelError() {
        CsvImportPreview preview = preview("email,\"postcode,house_number,birth_year\njan@example.nl,3601AB,1,1980\n");
        assertTrue(preview.hasFileLevelError());
        assertTrue(preview.errors().getFirst().messageEn().startsWith("The first line (the column names) has a quote"));
    }

    @Test
    void thousandsOfUnknownColumnsAreSummarisedNotListed() {
        StringBuilder header = new StringBuilder("email,postcode,house_number,birth_year");
        for (int i = 0; i < 5_000; i++) {
            header.append(",c").append(i);
        }
        CsvImportPreview preview = preview(header + "\njan@example.nl,3601AB,1,1980\n");
        assertEquals(5_000, preview.ignoredColumns().size());
        assertEquals(
                "5,000 unknown columns, the first: c0, c1, c2",
                IgnoredColumns.describe(preview.ignoredColumns(), Locale.ENGLISH));
        assertEquals(
                "5.000 onbekende kolommen, de eerste: c0, c1, c2",
                IgnoredColumns.describe(preview.ignoredColumns(), Locale.of("nl")));
        assertEquals("naam, notities", IgnoredColumns.describe(List.of("naam", "notities"), Locale.ENGLISH));
    }

    @Test
    void apostropheThatDefusedAFormulaInAnExportIsRemoved() {
        CsvImportPreview preview = preview("email,postcode,house_number,birth_year\n'+jan@example.nl,3601AB,1,1980\n");
        assertEquals(
                "+jan@example.nl",
                preview.accepted().getFirst().registration().email().value());
    }

    @Test
    void streamingDeliversRowsInFileOrder() {
        StringBuilder content = new StringBuilder("email,postcode,house_number,birth_year\n");
        for (int i = 0; i < 1000; i++) {
            content.append("p")
                    .append(i)
                    .append("@example.nl,3601AB,")
                    .append(i % 7 == 0 ? "x" : "1")
                    .append(",1980\n");
        }
        List<Long> seen = new ArrayList<>();
        ParticipantCsvReader.Summary summary = reader.read(
                new ByteArrayInputStream(content.toString().getBytes(StandardCharsets.UTF_8)),
                TestChannels.CLASSIC,
                new CsvImportListener() {
                    @Override
                    public void accepted(ImportedParticipant participant) {
                        seen.add(participant.lineNumber());
                    }

                    @Override
                    public void rejected(RowError error) {
                        seen.add(-error.lineNumber());
                    }
                });
        assertEquals(1000, summary.rowsRead());
        assertEquals(1000, seen.size());
        for (int i = 0; i < 1000; i++) {
            assertEquals(i % 7 == 0 ? -(i + 2L) : i + 2L, seen.get(i));
        }
    }
}
