package nl.burgernet.application.participant.csvimport;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.burgernet.channel.api.AddressKind;
import nl.burgernet.channel.api.ChannelDescriptor;
import nl.burgernet.domain.model.participant.AddressInput;
import nl.burgernet.domain.model.participant.FieldError;
import nl.burgernet.domain.model.participant.Language;
import nl.burgernet.domain.model.participant.ParticipantRegistration;
import nl.burgernet.domain.model.participant.ParticipantRegistrationInput;
import nl.burgernet.domain.model.participant.ParticipantValidator;
import nl.burgernet.domain.model.participant.ValidationMessages;
import nl.burgernet.domain.model.participant.ValidationResult;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a participant CSV file (columns: {@link CsvColumn}) row by row. The character set is UTF-8, or UTF-16 as
 * Excel's "Unicode text" saves, recognised by their byte order marks (UTF-16 also without one), or Windows-1252, as
 * Dutch Excel's plain "CSV" saves, when the first megabyte is not valid UTF-8; a value with bytes that are not valid
 * in the file's character set is reported on its line. The separator (',', ';' as Dutch Excel writes, or tab) is
 * taken from the header line; quoted fields may hold separators, quotes ("") and line breaks. Every row is validated
 * on its own: a bad row is reported with its line number (the line it starts on, also when an earlier quoted field
 * spanned lines) and never stops the good ones, not even a quote that opens and never closes (see {@link
 * CsvRecordSplitter}). An e-mail address that appears again is reported on the later line; the first row is the one
 * imported.
 *
 * <p>Memory stays flat with {@link #read(InputStream, CsvImportListener)}: only e-mail addresses are kept, to find
 * duplicates. Thread-safe; one instance can serve all imports.
 */
public class ParticipantCsvReader {

    static final String EMPTY = "csv.empty";
    static final String MISSING_COLUMNS = "csv.missingColumns";
    static final String DUPLICATE_COLUMN = "csv.duplicateColumn";
    static final String DUPLICATE_EMAIL = "csv.duplicateEmail";
    static final String TOO_MANY_VALUES = "csv.tooManyValues";
    static final String NO_ROWS = "csv.noRows";
    static final String BAD_QUOTE = "csv.badQuote";
    static final String HEADER_BAD_QUOTE = "csv.headerBadQuote";
    static final String UNDECODABLE = "csv.undecodable";

    private static final char BOM = '\uFEFF';
    /** What a decoder puts where the bytes are not valid in the file's character set. */
    private static final char REPLACEMENT = '\uFFFD';

    private static final int BUFFER = 1 << 16;
    /** How much of the file decides between UTF-8 and Windows-1252. */
    private static final int CHARSET_SNIFF = 1 << 20;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** How far the separator detection may look for the end of the header line. */
    private static final int HEADER_LOOKAHEAD = 1 << 20;

    private final ParticipantValidator validator;

    public ParticipantCsvReader(ParticipantValidator validator) {
        this.validator = validator;
    }

    /** How a file was read (separator, encoding, ignored columns, data rows), returned by {@link #read}. */
    public record Summary(
            char separator, Charset charset, List<String> ignoredColumns, long rowsRead, boolean fileLevelError) {}

    /** Reads the whole file into a preview (the good rows and all errors). */
    public CsvImportPreview preview(InputStream in, List<ChannelDescriptor> offered) {
        List<ImportedParticipant> accepted = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        Summary summary = read(in, offered, new CsvImportListener() {
            @Override
            public void accepted(ImportedParticipant participant) {
                accepted.add(participant);
            }

            @Override
            public void rejected(RowError error) {
                errors.add(error);
            }
        });
        return new CsvImportPreview(
                accepted,
                errors,
                summary.ignoredColumns(),
                summary.separator(),
                summary.charset().name(),
                summary.rowsRead());
    }

    /**
     * Streams the file to the listener. The stream is read but not closed.
     *
     * @param offered the channels the municipality offers: the {@code channels} column names them by id or by label
     *     in any language, and the number columns give the addresses of the channels of their kind
     * @throws UncheckedIOException only when the stream itself fails (not for bad content, which is reported)
     */
    public Summary read(InputStream in, List<ChannelDescriptor> offered, CsvImportListener listener) {
        try {
            BufferedInputStream buffered = new BufferedInputStream(in, BUFFER);
            Charset charset = detectCharset(buffered);
            // Bytes that are not valid in the character set become U+FFFD, which the row that holds them reports.
            BufferedReader reader = new BufferedReader(
                    new InputStreamReader(
                            buffered,
                            charset.newDecoder()
                                    .onMalformedInput(CodingErrorAction.REPLACE)
                                    .onUnmappableCharacter(CodingErrorAction.REPLACE)),
                    BUFFER);
            skipByteOrderMark(reader);
            char separator = detectSeparator(reader);
            CSVFormat format = CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(separator)
                    .setIgnoreEmptyLines(true)
                    .get();
            return new Run(new CsvRecordSplitter(reader, separator), format, separator, charset, offered, listener)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the import file", e);
        }
    }

    /**
     * The byte order mark's UTF-8 or UTF-16; UTF-16 without one when every other byte of the start is zero (Dutch
     * text is mostly Latin letters); else UTF-8 unless the first megabyte is not valid UTF-8: then Windows-1252, which
     * is what Dutch Excel's plain "CSV" saves.
     */
    private static Charset detectCharset(BufferedInputStream in) throws IOException {
        in.mark(CHARSET_SNIFF);
        byte[] head = in.readNBytes(CHARSET_SNIFF);
        in.reset();
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        Charset utf16 = utf16WithoutMark(head);
        if (utf16 != null) {
            return utf16;
        }
        CoderResult result = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(head), CharBuffer.allocate(head.length), false);
        return result.isError() ? WINDOWS_1252 : StandardCharsets.UTF_8;
    }

    private static boolean startsWith(byte[] head, int... bytes) {
        if (head.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    /** UTF-16 when, in the first 64 characters or so, all the high bytes are zero and none of the low ones is. */
    private static Charset utf16WithoutMark(byte[] head) {
        int pairs = Math.min(head.length, 128) / 2;
        if (pairs < 2) {
            return null;
        }
        boolean evenZero = true;
        boolean oddZero = true;
        boolean evenSet = true;
        boolean oddSet = true;
        for (int i = 0; i < pairs * 2; i += 2) {
            evenZero &= head[i] == 0;
            oddZero &= head[i + 1] == 0;
            evenSet &= head[i] != 0;
            oddSet &= head[i + 1] != 0;
        }
        if (oddZero && evenSet) {
            return StandardCharsets.UTF_16LE;
        }
        return evenZero && oddSet ? StandardCharsets.UTF_16BE : null;
    }

    private static void skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != BOM) {
            reader.reset();
        }
    }

    /** The most frequent of ',', ';' and tab on the first non-blank line (outside quotes); ',' when none occurs. */
    private static char detectSeparator(BufferedReader reader) throws IOException {
        reader.mark(HEADER_LOOKAHEAD);
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        boolean seenText = false;
        for (int i = 0, c; i < HEADER_LOOKAHEAD - 1 && (c = reader.read()) != -1; i++) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (seenText) {
                    break;
                }
            } else if (!quoted) {
                seenText = true;
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        reader.reset();
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    private static void fileError(CsvImportListener listener, String key, Object... args) {
        listener.rejected(new RowError(
                RowError.FILE_LEVEL,
                Optional.empty(),
                ValidationMessages.render(key, Language.NL, args),
                ValidationMessages.render(key, Language.EN, args)));
    }

    /** One pass over one file. */
    private final class Run {

        private final CsvRecordSplitter records;
        private final CSVFormat format;
        private final char separator;
        private final Charset charset;
        private final List<ChannelDescriptor> offered;
        private final CsvImportListener listener;
        private final Map<String, Long> firstLineByEmail = new HashMap<>();
        private CsvHeader header;
        private long rowsRead;

        Run(
                CsvRecordSplitter records,
                CSVFormat format,
                char separator,
                Charset charset,
                List<ChannelDescriptor> offered,
                CsvImportListener listener) {
            this.offered = List.copyOf(offered);
            this.records = records;
            this.format = format;
            this.separator = separator;
            this.charset = charset;
            this.listener = listener;
        }

        Summary run() throws IOException {
            CsvRecordSplitter.Record first = nextNonBlank();
            if (first == null) {
                fileError(listener, EMPTY);
                return summary(true);
            }
            Optional<List<String>> headerLine = parse(first);
            if (headerLine.isEmpty()) {
                fileError(listener, HEADER_BAD_QUOTE);
                return summary(true);
            }
            header = CsvHeader.read(headerLine.get());
            if (!header.missing().isEmpty() || !header.duplicates().isEmpty()) {
                reportHeader();
                return summary(true);
            }
            for (CsvRecordSplitter.Record r = records.next(); r != null; r = records.next()) {
                Optional<List<String>> parsed = parse(r);
                if (parsed.isEmpty()) {
                    rowsRead++;
                    rowError(r.line(), Optional.empty(), BAD_QUOTE);
                    records.rereadAfterFirstLine(r);
                } else {
                    row(parsed.get(), r.line());
                }
            }
            if (rowsRead == 0) {
                fileError(listener, NO_ROWS);
                return summary(true);
            }
            return summary(false);
        }

        /** The first record with a value in it (Excel writes lines of only separators for cleared rows). */
        private CsvRecordSplitter.Record nextNonBlank() throws IOException {
            for (CsvRecordSplitter.Record r = records.next(); r != null; r = records.next()) {
                Optional<List<String>> parsed = r.unclosedQuote() ? Optional.empty() : parse(r);
                if (parsed.isEmpty() || !isBlank(parsed.get())) {
                    return r;
                }
            }
            return null;
        }

        /**
         * The record's values, or empty when its quotes are wrong (open at the end, or text after a closing one). A
         * record without a quote is only its separators, which commons-csv's default format would split the same
         * way: cut directly, as most lines are, at half the cost of a parser per line.
         */
        private Optional<List<String>> parse(CsvRecordSplitter.Record record) {
            if (record.unclosedQuote()) {
                return Optional.empty();
            }
            String text = record.text();
            if (text.indexOf('"') < 0) {
                return Optional.of(split(text));
            }
            try (CSVParser parser = CSVParser.parse(text, format)) {
                List<CSVRecord> parsed = parser.getRecords();
                return parsed.size() == 1 ? Optional.of(parsed.getFirst().toList()) : Optional.empty();
            } catch (IOException | UncheckedIOException e) {
                return Optional.empty();
            }
        }

        private List<String> split(String text) {
            List<String> values = new ArrayList<>();
            int from = 0;
            for (int at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, from)) {
                values.add(text.substring(from, at));
                from = at + 1;
            }
            values.add(text.substring(from));
            return values;
        }

        private Summary summary(boolean fileLevelError) {
            List<String> ignored = header == null ? List.of() : header.ignored();
            return new Summary(separator, charset, ignored, rowsRead, fileLevelError);
        }

        private void reportHeader() {
            for (String duplicate : header.duplicates()) {
                fileError(listener, DUPLICATE_COLUMN, duplicate);
            }
            if (!header.missing().isEmpty()) {
                listener.rejected(new RowError(
                        RowError.FILE_LEVEL,
                        Optional.empty(),
                        missingColumns(Language.NL, true),
                        missingColumns(Language.EN, false)));
            }
        }

        /** Names the missing columns, and shows a complete header line, in the reader's language. */
        private String missingColumns(Language language, boolean inDutch) {
            String missing = header.missing().stream().map(m -> m.name(inDutch)).collect(Collectors.joining(", "));
            String example = Stream.of(CsvColumn.values())
                    .map(c -> c.header(inDutch, 1))
                    .collect(Collectors.joining(String.valueOf(separator)));
            return ValidationMessages.render(MISSING_COLUMNS, language, missing, example);
        }

        private void row(List<String> record, long line) {
            if (isBlank(record)) {
                return;
            }
            rowsRead++;
            if (hasExtraValues(record)) {
                rowError(line, Optional.empty(), TOO_MANY_VALUES, header.size());
                return;
            }
            int undecodable = undecodable(record);
            if (undecodable >= 0) {
                rowError(line, Optional.of(header.name(undecodable)), UNDECODABLE, charset.name());
                return;
            }
            ValidationResult result = validator.validate(input(record), offered);
            if (!result.isValid()) {
                for (FieldError error : result.errors()) {
                    rowError(
                            line,
                            Optional.of(column(error.field())),
                            error.messageKey(),
                            error.args().toArray());
                }
                return;
            }
            ParticipantRegistration registration = result.valid();
            Long firstLine = firstLineByEmail.putIfAbsent(registration.email().comparisonKey(), line);
            if (firstLine != null) {
                rowError(line, Optional.of(header.written(CsvColumn.EMAIL, 0)), DUPLICATE_EMAIL, firstLine);
                return;
            }
            listener.accepted(new ImportedParticipant(line, registration));
        }

        private ParticipantRegistrationInput input(List<String> record) {
            List<AddressInput> addresses = new ArrayList<>(header.addressGroupCount());
            for (int g = 0; g < header.addressGroupCount(); g++) {
                addresses.add(new AddressInput(
                        value(record, header.position(CsvColumn.POSTCODE, g)),
                        value(record, header.position(CsvColumn.HOUSE_NUMBER, g)),
                        value(record, header.position(CsvColumn.SUFFIX, g))));
            }
            // The number columns hold the address of every channel of their kind; a phone channel falls back to the
            // mobile number when the file has no phone column (the validator's rule).
            Map<String, String> numbers = new HashMap<>();
            numbers.put(AddressKind.MOBILE_NUMBER.name(), value(record, CsvColumn.MOBILE));
            numbers.put(AddressKind.PHONE_NUMBER.name(), value(record, CsvColumn.PHONE));
            return new ParticipantRegistrationInput(
                    value(record, CsvColumn.EMAIL),
                    addresses,
                    value(record, CsvColumn.BIRTH_YEAR),
                    value(record, CsvColumn.LANGUAGE),
                    value(record, CsvColumn.CHANNELS),
                    numbers,
                    value(record, CsvColumn.QUIET_FROM),
                    value(record, CsvColumn.QUIET_TO));
        }

        private String value(List<String> record, CsvColumn column) {
            return value(record, header.position(column));
        }

        private static String value(List<String> record, int position) {
            if (position < 0 || position >= record.size()) {
                return null;
            }
            return SpreadsheetSafety.unescape(record.get(position));
        }

        /** Maps a validator's field path ("addresses[1].postcode") to the file's header ("postcode_2"). */
        private String column(String field) {
            if (field.startsWith("addresses[")) {
                int index = Integer.parseInt(field.substring("addresses[".length(), field.indexOf(']')));
                CsvColumn column = field.endsWith(".houseNumber")
                        ? CsvColumn.HOUSE_NUMBER
                        : field.endsWith(".suffix") ? CsvColumn.SUFFIX : CsvColumn.POSTCODE;
                return header.written(column, index);
            }
            if (field.startsWith("contacts.")) {
                return header.written(numberColumn(field.substring("contacts.".length())), 0);
            }
            CsvColumn column =
                    switch (field) {
                        case "email" -> CsvColumn.EMAIL;
                        case "birthYear" -> CsvColumn.BIRTH_YEAR;
                        case "language" -> CsvColumn.LANGUAGE;
                        case "channels" -> CsvColumn.CHANNELS;
                        case "quietHours.from" -> CsvColumn.QUIET_FROM;
                        case "quietHours.to" -> CsvColumn.QUIET_TO;
                        default -> CsvColumn.POSTCODE; // "addresses": no address at all
                    };
            return header.written(column, 0);
        }

        /** The column a channel's number came from: its kind's, or the mobile one a phone channel fell back to. */
        private CsvColumn numberColumn(String channelId) {
            boolean phone = offered.stream()
                    .anyMatch(c -> c.id().equals(channelId) && c.addressKind() == AddressKind.PHONE_NUMBER);
            return phone && header.position(CsvColumn.PHONE) >= 0 ? CsvColumn.PHONE : CsvColumn.MOBILE;
        }

        private void rowError(long line, Optional<String> column, String key, Object... args) {
            listener.rejected(new RowError(
                    line,
                    column,
                    ValidationMessages.render(key, Language.NL, args),
                    ValidationMessages.render(key, Language.EN, args)));
        }

        /** The first read column whose value had bytes the character set cannot decode, or -1. */
        private int undecodable(List<String> record) {
            for (int i = 0; i < record.size(); i++) {
                if (header.isRead(i) && record.get(i).indexOf(REPLACEMENT) >= 0) {
                    return i;
                }
            }
            return -1;
        }

        private boolean hasExtraValues(List<String> record) {
            for (int i = header.size(); i < record.size(); i++) {
                if (!record.get(i).isBlank()) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Excel writes rows of only separators for rows someone cleared; they are not participants. */
    private static boolean isBlank(List<String> record) {
        for (int i = 0; i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }
}
