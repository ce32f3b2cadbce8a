package nl.burgernet.application.participant.csvimport;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.burgernet.channel.api.AddressKind;
import nl.burgernet.channel.api.ChannelDescriptor;
import nl.burgernet.domain.model.geo.DutchAddress;
import nl.burgernet.domain.model.participant.ContactDetails;
import nl.burgernet.domain.model.participant.MobileNumber;
import nl.burgernet.domain.model.participant.ParticipantRegistration;
import nl.burgernet.domain.model.participant.PhoneNumber;
import nl.burgernet.domain.shared.InvalidValueException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes participants in the import's columns ({@link CsvColumn}), so an export can be edited in a spreadsheet and
 * imported again. Participants with several addresses get numbered address columns (postcode_2...). Mobile numbers
 * are written "06 12345678", which spreadsheets keep as text (a bare 0612345678 would lose its 0). The number
 * columns hold the address of the channels of their kind (a phone column only when such a channel is offered); the
 * channels column the ids of the channels that are on. Values that a spreadsheet would run as a formula are defused
 * ({@link SpreadsheetSafety}).
 */
public final class ParticipantCsvWriter implements Closeable {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final CSVPrinter printer;
    private final int addressGroups;
    private final Set<String> mobileChannels;
    private final Set<String> phoneChannels;

    private ParticipantCsvWriter(CSVPrinter printer, int addressGroups, List<ChannelDescriptor> offered) {
        this.printer = printer;
        this.addressGroups = addressGroups;
        this.mobileChannels = ofKind(offered, AddressKind.MOBILE_NUMBER);
        this.phoneChannels = ofKind(offered, AddressKind.PHONE_NUMBER);
    }

    /** Writes the whole list (address columns for the largest number of addresses in it) and flushes. */
    public static void write(
            List<ParticipantRegistration> participants,
            List<ChannelDescriptor> offered,
            CsvExportOptions options,
            OutputStream out) {
        int groups =
                participants.stream().mapToInt(p -> p.addresses().size()).max().orElse(1);
        try (ParticipantCsvWriter writer = open(out, options, groups, offered)) {
            for (ParticipantRegistration p : participants) {
                writer.write(p);
            }
        }
    }

    /**
     * Starts a streaming export (for lists read from the database in pages): writes the header now, one row per
     * {@link #write}. Closing flushes and closes {@code out}.
     *
     * @param addressGroups how many address column groups to write; participants with more addresses are refused
     * @param offered the municipality's channels: which number columns there are
     */
    public static ParticipantCsvWriter open(
            OutputStream out, CsvExportOptions options, int addressGroups, List<ChannelDescriptor> offered) {
        if (addressGroups < 1) {
            throw new IllegalArgumentException("At least one address group, not " + addressGroups);
        }
        try {
            if (options.byteOrderMark()) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            CSVPrinter printer = CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(options.separator())
                    .setRecordSeparator("\r\n")
                    .get()
                    .print(writer);
            ParticipantCsvWriter csv = new ParticipantCsvWriter(printer, addressGroups, offered);
            printer.printRecord(csv.headers(options.dutchHeaders()));
            return csv;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the export", e);
        }
    }

    private List<String> headers(boolean dutch) {
        List<String> headers = new ArrayList<>();
        headers.add(CsvColumn.EMAIL.header(dutch, 1));
        headers.add(CsvColumn.MOBILE.header(dutch, 1));
        if (!phoneChannels.isEmpty()) {
            headers.add(CsvColumn.PHONE.header(dutch, 1));
        }
        for (int g = 1; g <= addressGroups; g++) {
            headers.add(CsvColumn.POSTCODE.header(dutch, g));
            headers.add(CsvColumn.HOUSE_NUMBER.header(dutch, g));
            headers.add(CsvColumn.SUFFIX.header(dutch, g));
        }
        for (CsvColumn c : List.of(
                CsvColumn.BIRTH_YEAR,
                CsvColumn.LANGUAGE,
                CsvColumn.CHANNELS,
                CsvColumn.QUIET_FROM,
                CsvColumn.QUIET_TO)) {
            headers.add(c.header(dutch, 1));
        }
        return headers;
    }

    public void write(ParticipantRegistration p) {
        if (p.addresses().size() > addressGroups) {
            throw new IllegalArgumentException(
                    "This export has columns for " + addressGroups + " address(es), the participant " + p.email()
                            + " has " + p.addresses().size());
        }
        List<String> values = new ArrayList<>();
        values.add(SpreadsheetSafety.escape(p.email().value()));
        values.add(number(p, mobileChannels));
        if (!phoneChannels.isEmpty()) {
            values.add(number(p, phoneChannels));
        }
        for (int g = 0; g < addressGroups; g++) {
            if (g < p.addresses().size()) {
                DutchAddress a = p.addresses().get(g);
                values.add(a.postcode().display());
                values.add(a.number().toString());
                values.add(a.suffix().map(s -> s.value()).orElse(""));
            } else {
                values.addAll(List.of("", "", ""));
            }
        }
        values.add(p.birthYear().toString());
        values.add(p.language().code());
        values.add(p.contacts().stream()
                .filter(ContactDetails::enabled)
                .map(ContactDetails::channel)
                .collect(Collectors.joining(";")));
        values.add(p.quietHours().map(q -> HH_MM.format(q.from())).orElse(""));
        values.add(p.quietHours().map(q -> HH_MM.format(q.to())).orElse(""));
        try {
            printer.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the export", e);
        }
    }

    /** The first number stored for one of these channels, the way Dutch residents write it. */
    private static String number(ParticipantRegistration p, Set<String> channels) {
        return p.contacts().stream()
                .filter(c -> channels.contains(c.channel()) && c.address() != null)
                .map(c -> national(c.address()))
                .findFirst()
                .orElse("");
    }

    private static String national(String e164) {
        try {
            return new MobileNumber(e164).national();
        } catch (InvalidValueException notMobile) {
            try {
                return new PhoneNumber(e164).national();
            } catch (InvalidValueException notPhone) {
                return SpreadsheetSafety.escape(e164);
            }
        }
    }

    private static Set<String> ofKind(List<ChannelDescriptor> offered, AddressKind kind) {
        return offered.stream()
                .filter(c -> c.addressKind() == kind)
                .map(ChannelDescriptor::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot finish the export", e);
        }
    }
}
