package nl.burgernet.interfaces.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import nl.burgernet.application.participant.ParticipantRecord;
import nl.burgernet.application.participant.csvimport.CsvImportPreview;
import nl.burgernet.application.participant.csvimport.ParticipantCsvReader;
import nl.burgernet.domain.model.participant.AddressDetails;
import nl.burgernet.domain.model.participant.ContactDetails;
import nl.burgernet.domain.model.participant.ParticipantDetails;
import nl.burgernet.domain.model.participant.ParticipantStatus;
import nl.burgernet.domain.model.participant.ParticipantValidator;
import nl.burgernet.interfaces.contacts.WebTestChannels;
import org.junit.jupiter.api.Test;

class ParticipantCsvExportTest {

    @Test
    void theExportOpensInDutchExcelAndImportsAgainUnchanged() {
        List<ParticipantRecord> stored = List.of(
                record(1, details("jan@example.nl", null, true, false, null, List.of(address("3601AB", 12, null)))),
                record(
                        2,
                        details(
                                "piet@example.nl",
                                "+31687654321",
                                false,
                                true,
                                LocalTime.of(23, 0),
                                List.of(address("3641CD", 7, "BIS"), address("3601AE", 1, null)))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ParticipantCsvExport.write(stored, WebTestChannels.ALL, out);

        byte[] file = out.toByteArray();
        assertEquals((byte) 0xEF, file[0], "a byte order mark, so Excel reads UTF-8");
        String text = new String(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("email;mobile;phone;postcode;house_number;suffix;postcode_2"), text);
        CsvImportPreview again = new ParticipantCsvReader(new ParticipantValidator())
                .preview(new ByteArrayInputStream(file), WebTestChannels.ALL);
        assertEquals(List.of(), again.errors());
        assertEquals(2, again.accepted().size());
        var piet = again.accepted().get(1).registration();
        assertEquals(
                "+31687654321", piet.contacts().get(1).address(), "the mobile number comes back for the SMS channel");
        assertEquals(List.of(true, false, false), on(again.accepted().get(0).registration()));
        assertEquals(List.of(false, true, false), on(piet));
        assertEquals(
                "3641 AB".length(), piet.addresses().get(0).postcode().display().length());
        assertEquals("BIS", piet.addresses().get(0).suffix().orElseThrow().value());
        assertEquals(2, piet.addresses().size());
        assertEquals("23:00-07:00", piet.quietHours().orElseThrow().toString());
    }

    private static ParticipantRecord record(long id, ParticipantDetails d) {
        return new ParticipantRecord(id, d, ParticipantStatus.ACTIVE, List.of(), Instant.EPOCH, Instant.EPOCH);
    }

    private static List<Boolean> on(nl.burgernet.domain.model.participant.ParticipantRegistration r) {
        return r.contacts().stream().map(ContactDetails::enabled).toList();
    }

    private static ParticipantDetails details(
            String email, String mobile, boolean emailOn, boolean smsOn, LocalTime quietFrom, List<AddressDetails> a) {
        List<ContactDetails> contacts = new java.util.ArrayList<>();
        contacts.add(new ContactDetails("email", email, emailOn));
        if (mobile != null) {
            contacts.add(new ContactDetails("sms", mobile, smsOn));
        }
        return new ParticipantDetails(
                email, null, 1980, "nl", contacts, quietFrom, quietFrom == null ? null : LocalTime.of(7, 0), a);
    }

    private static AddressDetails address(String postcode, int number, String suffix) {
        return new AddressDetails(postcode, number, suffix, "Maarssen", 52.14, 5.04);
    }
}
