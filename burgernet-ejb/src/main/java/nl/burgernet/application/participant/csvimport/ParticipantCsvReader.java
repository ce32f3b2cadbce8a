package nl.burgernet.application.participant.csvimport;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
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
 * Reads a participant CSV file (columns: {@link CsvColumn}) row by row. UTF-8 with or without byte order mark (or
 * Windows-1252, as Dutch Excel's plain "CSV" saves, recognised from the first megabyte); the
 * separator (',', ';' as Dutch Excel writes, or tab) is taken from the header line; quoted fields may hold
 * separators, quotes ("") and line breaks. Every row is validated on its own: a bad row is reported with its line
 * number (the line it starts on, also when an earlier quoted field spanned lines) and never stops the good ones. An
 * e-mail address that appears again is reported on the later line; the first row is the one imported.
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
    static final String UNREADABLE = "csv.unreadable";
    static final String NOT_UTF8 = "csv.notUtf8";

    private static final char BOM = '\uFEFF';
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
        char separator = ',';
        Charset charset = StandardCharsets.UTF_8;
        try {
            BufferedInputStream buffered = new BufferedInputStream(in, BUFFER);
            charset = detectCharset(buffered);
            BufferedReader reader = new BufferedReader(
                    new InputStreamReader(
                            buffered,
                            charset.newDecoder()
                                    .onMalformedInput(CodingErrorAction.REPORT)
                                    .onUnmappableCharacter(CodingErrorAction.REPLACE)),
                    BUFFER);
            skipByteOrderMark(reader);
            separator = detectSeparator(reader);
            CSVFormat format = CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(separator)
                    .setIgnoreEmptyLines(true)
                    .get();
            CSVParser parser = format.parse(reader);
            return new Run(parser, separator, charset, offered, listener).run();
        } catch (CharacterCodingException e) {
            fileError(listener, NOT_UTF8);
            return new Summary(separator, charset, List.of(), 0, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the import file", e);
        }
    }

    /**
     * UTF-8 unless the first megabyte is not valid UTF-8: then Windows-1252, which is what Dutch Excel's plain "CSV"
     * saves. A file that turns out not to be UTF-8 only further on gets a clear file-level error.
     */
    private static Charset detectCharset(BufferedInputStream in) throws IOException {
        in.mark(CHARSET_SNIFF);
        byte[] head = in.readNBytes(CHARSET_SNIFF);
        in.reset();
        CoderResult result = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(head), CharBuffer.allocate(head.length), false);
        return result.isError() ? WINDOWS_1252 : StandardCharsets.UTF_8;
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

        private final CSVParser parser;
        private final char separator;
        private final Charset charset;
        private final List<ChannelDescriptor> offered;
        private final CsvImportListener listener;
        private final Map<String, Long> firstLineByEmail = new HashMap<>();
        private CsvHeader header;
        private long rowsRead;
        private long lastEndLine;

        Run(
                CSVParser parser,
                char separator,
                Charset charset,
                List<ChannelDescriptor> offered,
                CsvImportListener listener) {
            this.offered = List.copyOf(offered);
            this.parser = parser;
            this.separator = separator;
            this.charset = charset;
            this.listener = listener;
        }

        Summary run() {
            Iterator<CSVRecord> records = parser.iterator();
            try {
                if (!records.hasNext()) {
                    fileError(listener, EMPTY);
                    return summary(true);
                }
                header = CsvHeader.read(records.next().toList());
                lastEndLine = parser.getCurrentLineNumber();
                if (!header.missing().isEmpty() || !header.duplicates().isEmpty()) {
                    reportHeader();
                    return summary(true);
                }
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    long endLine = parser.getCurrentLineNumber();
                    row(record, endLine - lineBreaksIn(record));
                    lastEndLine = endLine;
                }
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof CharacterCodingException) {
                    fileError(listener, NOT_UTF8);
                } else {
                    fileError(
                            listener, UNREADABLE, lastEndLine + 1, e.getCause().getMessage());
                }
                return summary(true);
            }
            return summary(false);
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

        private void row(CSVRecord record, long line) {
            if (isBlank(record)) {
                return;
            }
            rowsRead++;
            if (hasExtraValues(record)) {
                rowError(line, Optional.empty(), TOO_MANY_VALUES, header.size());
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

        private ParticipantRegistrationInput input(CSVRecord record) {
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

        private String value(CSVRecord record, CsvColumn column) {
            return value(record, header.position(column));
        }

        private static String value(CSVRecord record, int position) {
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

        private boolean hasExtraValues(CSVRecord record) {
            for (int i = header.size(); i < record.size(); i++) {
                if (!record.get(i).isBlank()) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Excel writes rows of only separators for rows someone cleared; they are not participants. */
    private static boolean isBlank(CSVRecord record) {
        for (int i = 0; i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Line breaks inside the record's quoted values: the record starts this many lines before it ends. */
    static long lineBreaksIn(CSVRecord record) {
        long breaks = 0;
        for (int i = 0; i < record.size(); i++) {
            String value = record.get(i);
            for (int j = 0; j < value.length(); j++) {
                char c = value.charAt(j);
                if (c == '\n' || (c == '\r' && (j + 1 == value.length() || value.charAt(j + 1) != '\n'))) {
                    breaks++;
                }
            }
        }
        return breaks;
    }
}
