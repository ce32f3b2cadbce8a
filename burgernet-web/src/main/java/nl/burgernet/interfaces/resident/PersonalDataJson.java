package nl.burgernet.interfaces.resident;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Map;
import nl.burgernet.application.participant.ContactState;
import nl.burgernet.application.resident.PersonalData;
import nl.burgernet.domain.model.participant.AddressDetails;
import nl.burgernet.domain.model.participant.ParticipantDetails;

/**
 * The download format of a resident's data: one JSON object, field names in English, times in UTC (ISO 8601), absent
 * values as null rather than left out, so the file shows every field the portal has, filled or not.
 */
final class PersonalDataJson {

    static final String FORMAT = "burgernet-personal-data/1";

    private PersonalDataJson() {}

    static String render(PersonalData data, Instant exportedAt) {
        ParticipantDetails d = data.details();
        var addresses = Json.createArrayBuilder();
        for (AddressDetails a : d.addresses()) {
            JsonObjectBuilder address =
                    Json.createObjectBuilder().add("postcode", a.postcode()).add("houseNumber", a.houseNumber());
            string(address, "suffix", a.suffix());
            string(address, "place", a.place());
            addresses.add(address.add("latitude", a.latitude()).add("longitude", a.longitude()));
        }
        JsonObjectBuilder participant = Json.createObjectBuilder()
                .add("id", data.participantId())
                .add("status", data.status().name());
        string(participant, "email", d.email());
        string(participant, "name", d.displayName());
        // Every way the portal reaches the resident: channel id, its address, on or off, and whether it failed.
        var contacts = Json.createArrayBuilder();
        for (ContactState c : data.contacts()) {
            JsonObjectBuilder contact = Json.createObjectBuilder().add("channel", c.channel());
            string(contact, "address", c.address());
            contact.add("enabled", c.enabled()).add("failing", c.failing()).add("failureScore", c.failureScore());
            instant(contact, "verifiedAt", c.verifiedAt());
            contacts.add(contact);
        }
        participant
                .add("birthYear", d.birthYear())
                .add("language", d.language())
                .add("contacts", contacts);
        if (d.quietFrom() == null) {
            participant.addNull("quietHours");
        } else {
            participant.add(
                    "quietHours",
                    Json.createObjectBuilder().add("from", time(d.quietFrom())).add("to", time(d.quietTo())));
        }
        instant(participant, "signedUpAt", data.signedUpAt());
        instant(participant, "confirmedAt", data.confirmedAt());
        instant(participant, "emailUnsubscribedAt", data.emailUnsubscribedAt());
        participant.add("addresses", addresses);

        var history = Json.createArrayBuilder();
        for (PersonalData.HistoryEntry h : data.history()) {
            history.add(Json.createObjectBuilder()
                    .add("at", h.at().toString())
                    .add("action", h.action())
                    .add("by", h.by()));
        }
        var root = Json.createObjectBuilder()
                .add("format", FORMAT)
                .add("exportedAt", exportedAt.toString())
                .add(
                        "municipality",
                        Json.createObjectBuilder()
                                .add("name", data.municipalityName())
                                .add("cbsCode", data.municipalityCbsCode()))
                .add("participant", participant)
                .add("history", history)
                .build();
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)) {
            writer.writeObject(root);
        }
        return out.toString();
    }

    private static void string(JsonObjectBuilder b, String name, String value) {
        if (value == null) {
            b.addNull(name);
        } else {
            b.add(name, value);
        }
    }

    private static void instant(JsonObjectBuilder b, String name, Instant value) {
        string(b, name, value == null ? null : value.toString());
    }

    private static String time(LocalTime t) {
        return String.format("%02d:%02d", t.getHour(), t.getMinute());
    }
}
