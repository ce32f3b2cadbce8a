package nl.burgernet.interfaces.admin;

import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import nl.burgernet.application.participant.ParticipantRecord;
import nl.burgernet.application.participant.csvimport.CsvExportOptions;
import nl.burgernet.application.participant.csvimport.ParticipantCsvWriter;
import nl.burgernet.channel.api.ChannelDescriptor;
import nl.burgernet.domain.model.geo.DutchAddress;
import nl.burgernet.domain.model.geo.HouseNumber;
import nl.burgernet.domain.model.geo.HouseNumberSuffix;
import nl.burgernet.domain.model.geo.Postcode;
import nl.burgernet.domain.model.participant.AddressDetails;
import nl.burgernet.domain.model.participant.BirthYear;
import nl.burgernet.domain.model.participant.EmailAddress;
import nl.burgernet.domain.model.participant.Language;
import nl.burgernet.domain.model.participant.ParticipantDetails;
import nl.burgernet.domain.model.participant.ParticipantRegistration;
import nl.burgernet.domain.model.participant.QuietHours;

/**
 * The "Export CSV" file: every participant in the import's columns, for Dutch Excel (';', byte order mark), so the
 * file can be edited and imported again.
 */
final class ParticipantCsvExport {

    static final String CONTENT_TYPE = "text/csv; charset=UTF-8";

    private ParticipantCsvExport() {}

    static void write(List<ParticipantRecord> participants, List<ChannelDescriptor> offered, OutputStream out) {
        ParticipantCsvWriter.write(
                participants.stream().map(r -> registration(r.details())).toList(),
                offered,
                CsvExportOptions.EXCEL_NL,
                out);
    }

    /** Stored details are valid by construction; the value types only re-check them, never reject them. */
    static ParticipantRegistration registration(ParticipantDetails d) {
        return new ParticipantRegistration(
                new EmailAddress(d.email()),
                d.addresses().stream().map(ParticipantCsvExport::address).toList(),
                new BirthYear(d.birthYear()),
                Language.fromText(d.language()).orElse(Language.NL),
                d.contacts(),
                d.quietFrom() == null || d.quietTo() == null
                        ? Optional.empty()
                        : Optional.of(new QuietHours(d.quietFrom(), d.quietTo())));
    }

    private static DutchAddress address(AddressDetails a) {
        return new DutchAddress(
                new Postcode(a.postcode()),
                new HouseNumber(a.houseNumber()),
                a.suffix() == null || a.suffix().isBlank()
                        ? Optional.empty()
                        : Optional.of(new HouseNumberSuffix(a.suffix())),
                Optional.ofNullable(a.place()));
    }
}
