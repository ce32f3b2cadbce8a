package nl.burgernet.interfaces.resident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import nl.burgernet.application.participant.ContactState;
import nl.burgernet.application.resident.PersonalData;
import nl.burgernet.domain.model.participant.AddressDetails;
import nl.burgernet.domain.model.participant.ContactDetails;
import nl.burgernet.domain.model.participant.ParticipantDetails;
import nl.burgernet.domain.model.participant.ParticipantStatus;
import org.junit.jupiter.api.Test;

class PersonalDataJsonTest {

    private static final Instant SIGNED_UP = Instant.parse("2025-03-01T10:00:00Z");

    @Test
    void holdsEveryFieldOfTheRegistrationAndItsHistory() {
        JsonObject json = parse(PersonalDataJson.render(data(LocalTime.of(23, 0), null), SIGNED_UP));

        assertEquals(PersonalDataJson.FORMAT, json.getString("format"));
        assertEquals("Stichtse Vecht", json.getJsonObject("municipality").getString("name"));
        assertEquals("GM0355", json.getJsonObject("municipality").getString("cbsCode"));
        JsonObject p = json.getJsonObject("participant");
        assertEquals("jan@example.nl", p.getString("email"));
        JsonObject sms = p.getJsonArray("contacts").getJsonObject(1);
        assertEquals("sms", sms.getString("channel"));
        assertEquals("+31612345678", sms.getString("address"));
        assertTrue(sms.getBoolean("failing"));
        assertEquals(3.0, sms.getJsonNumber("failureScore").doubleValue());
        assertEquals(1980, p.getInt("birthYear"));
        assertEquals("ACTIVE", p.getString("status"));
        JsonObject email = p.getJsonArray("contacts").getJsonObject(0);
        assertEquals("email", email.getString("channel"));
        assertTrue(email.getBoolean("enabled"));
        assertEquals("2025-03-01T10:01:00Z", email.getString("verifiedAt"));
        assertEquals("23:00", p.getJsonObject("quietHours").getString("from"));
        assertEquals("07:00", p.getJsonObject("quietHours").getString("to"));
        assertEquals("2025-03-01T10:00:00Z", p.getString("signedUpAt"));
        JsonObject address = p.getJsonArray("addresses").getJsonObject(0);
        assertEquals("3601AB", address.getString("postcode"));
        assertEquals(12, address.getInt("houseNumber"));
        assertEquals("A", address.getString("suffix"));
        assertEquals(
                "RESIDENT_CONFIRMED",
                json.getJsonArray("history").getJsonObject(0).getString("action"));
        assertEquals("resident", json.getJsonArray("history").getJsonObject(0).getString("by"));
    }

    @Test
    void absentValuesAreNullSoTheFileShowsEveryField() {
        JsonObject p =
                parse(PersonalDataJson.render(data(null, null), SIGNED_UP)).getJsonObject("participant");

        assertEquals(JsonValue.ValueType.NULL, p.get("quietHours").getValueType());
        assertEquals(JsonValue.ValueType.NULL, p.get("emailUnsubscribedAt").getValueType());
        assertEquals(JsonValue.ValueType.NULL, p.get("name").getValueType());
    }

    private static PersonalData data(LocalTime quietFrom, Instant unsubscribedAt) {
        List<ContactState> contacts = List.of(
                new ContactState("email", "jan@example.nl", true, false, 0, SIGNED_UP.plusSeconds(60)),
                new ContactState("sms", "+31612345678", false, true, 3.0, null));
        ParticipantDetails d = new ParticipantDetails(
                "jan@example.nl",
                null,
                1980,
                "nl",
                contacts.stream()
                        .map(c -> new ContactDetails(c.channel(), c.address(), c.enabled()))
                        .toList(),
                quietFrom,
                quietFrom == null ? null : LocalTime.of(7, 0),
                List.of(new AddressDetails("3601AB", 12, "A", "Maarssen", 52.14, 5.04)));
        return new PersonalData(
                "Stichtse Vecht",
                "GM0355",
                1234,
                ParticipantStatus.ACTIVE,
                d,
                SIGNED_UP,
                SIGNED_UP.plusSeconds(60),
                unsubscribedAt,
                contacts,
                List.of(new PersonalData.HistoryEntry(SIGNED_UP.plusSeconds(60), "RESIDENT_CONFIRMED", "resident")));
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
