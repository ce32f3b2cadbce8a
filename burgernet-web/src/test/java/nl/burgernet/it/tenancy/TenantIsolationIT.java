package nl.burgernet.it.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import nl.burgernet.it.support.PortalDeployment;
import nl.burgernet.it.support.PortalSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An admin of municipality A gets nothing of municipality B through REST: not by listing, not by guessing ids, not
 * by writing to them. Logins, security constraints and the tenant filter are the real ones.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantIsolationIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTestClasses(TwoMunicipalities.class, ParticipantWriter.class);
    }

    @ArquillianResource
    URL portalUrl;

    @Test
    void eachAdminListsOnlyTheirOwnParticipants() throws Exception {
        JsonObject a = json(login("admin-a").get("api/admin/participants"));
        JsonObject b = json(login("admin-b").get("api/admin/participants"));

        assertEquals(3, a.getJsonNumber("total").longValue());
        assertEquals(2, b.getJsonNumber("total").longValue());
        assertTrue(a.toString().contains("a***@example.nl") && !a.toString().contains("b***@example.nl"));
        assertTrue(b.toString().contains("b***@example.nl") && !b.toString().contains("a***@example.nl"));
    }

    @Test
    void channelFilterKeepsOnlyParticipantsWithThatChannelOn() throws Exception {
        PortalSession adminA = login("admin-a");
        assertEquals(
                3,
                json(adminA.get("api/admin/participants?channel=email"))
                        .getJsonNumber("total")
                        .longValue());
        assertEquals(
                0,
                json(adminA.get("api/admin/participants?channel=sms"))
                        .getJsonNumber("total")
                        .longValue());
    }

    @Test
    void dashboardCountsOnlyTheOwnMunicipality() throws Exception {
        HttpResponse<String> page = login("admin-b").get("admin/index.xhtml");
        assertEquals(200, page.statusCode(), page.body());
        java.util.regex.Matcher active = java.util.regex.Pattern.compile("id=\"activeCount\"[^>]*>(\\d+)<")
                .matcher(page.body());
        assertTrue(active.find(), page.body());
        assertEquals("2", active.group(1));
        assertTrue(page.body().contains("Testgemeente B"));
    }

    @Test
    void anotherMunicipalitysParticipantCannotBeReadOrChangedById() throws Exception {
        PortalSession adminB = login("admin-b");
        long idOfB = json(adminB.get("api/admin/participants"))
                .getJsonArray("rows")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        assertEquals(200, adminB.get("api/admin/participants/" + idOfB).statusCode());

        PortalSession adminA = login("admin-a");
        assertEquals(404, adminA.get("api/admin/participants/" + idOfB).statusCode());
        String body = adminB.get("api/admin/participants/" + idOfB).body();
        JsonObject details = json(body).getJsonObject("details");
        String changed = Json.createObjectBuilder(details)
                .add("email", "hijacked@example.nl")
                .build()
                .toString();
        assertEquals(
                404, adminA.putJson("api/admin/participants/" + idOfB, changed).statusCode());
        assertEquals(404, adminA.delete("api/admin/participants/" + idOfB).statusCode());

        String after = adminB.get("api/admin/participants/" + idOfB).body();
        assertFalse(after.contains("hijacked"), "B's participant must be unchanged: " + after);
    }

    @Test
    void csvImportReportsTheBadRowByLineNumberAndImportsTheGoodOnes() throws Exception {
        PortalSession adminC = login("admin-c");
        String csv = "email;postcode;huisnummer;geboortejaar\n"
                + "piet@example.nl;3601 AB;12;1970\n"
                + "kees@example.nl;9999;1;1970\n"
                + "anna@example.nl;3621AA;3;1985\n";
        HttpResponse<String> response = adminC.postCsv("api/admin/participants/import", csv);
        JsonObject report = json(response);

        assertEquals(3, report.getJsonNumber("rowsRead").longValue());
        assertEquals(2, report.getInt("imported"));
        assertEquals(1, report.getJsonArray("rejected").size());
        assertEquals(
                3,
                report.getJsonArray("rejected")
                        .getJsonObject(0)
                        .getJsonNumber("line")
                        .longValue());
        JsonObject listed = json(adminC.get("api/admin/participants"));
        assertEquals(2, listed.getJsonNumber("total").longValue());
        Instant signedUp =
                Instant.parse(listed.getJsonArray("rows").getJsonObject(0).getString("createdAt"));
        assertTrue(
                Duration.between(signedUp, Instant.now()).abs().toMinutes() < 10,
                "stored with the time of the import, read back through JPA: " + signedUp);
    }

    @Test
    void aFileFoundUnreadableAfterItsFirstChunksStoresNothingOfIt() throws Exception {
        PortalSession adminC = login("admin-c");
        long before = json(adminC.get("api/admin/participants"))
                .getJsonNumber("total")
                .longValue();
        StringBuilder csv = new StringBuilder("email;postcode;huisnummer;geboortejaar\n");
        int goodRows = 2_500; // more than two of the import's chunks are written before the broken line is read
        for (int i = 0; i < goodRows; i++) {
            csv.append("unread-")
                    .append(i)
                    .append("@example.nl;3601 AB;")
                    .append(1 + i % 300)
                    .append(";1970\n");
        }
        csv.append("\"unclosed@example.nl;3601 AB;1;1970\n");

        HttpResponse<String> response = adminC.postCsv("api/admin/participants/import", csv.toString());

        assertEquals(400, response.statusCode(), response.body());
        JsonObject report = json(response.body());
        assertEquals(0, report.getInt("imported"));
        assertEquals(
                0,
                report.getJsonArray("rejected")
                        .getJsonObject(0)
                        .getJsonNumber("line")
                        .longValue());
        assertEquals(
                before,
                json(adminC.get("api/admin/participants"))
                        .getJsonNumber("total")
                        .longValue(),
                "the rows stored before the error was found were rolled back");
    }

    @Test
    void repeatedFailedLoginsLockTheAccountEvenForTheRightPassword() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThrows(IllegalStateException.class, () -> PortalSession.login(base(), "lock-me", "wrong-password"));
        }
        IllegalStateException refused = assertThrows(
                IllegalStateException.class, () -> PortalSession.login(base(), "lock-me", TwoMunicipalities.PASSWORD));
        assertTrue(refused.getMessage().contains("locked"), refused.getMessage());
    }

    @Test
    void withoutLoginTheAdminApiIsClosed() throws Exception {
        HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(base().resolve("api/admin/participants"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertTrue(response.statusCode() == 401 || response.statusCode() == 302, "got " + response.statusCode());
        assertFalse(response.body().contains("@example.nl"));
    }

    @Test
    void operatorsHaveNoAdminApi() throws Exception {
        assertEquals(403, login("operator-ab").get("api/admin/participants").statusCode());
    }

    private PortalSession login(String user) throws Exception {
        return PortalSession.login(base(), user, TwoMunicipalities.PASSWORD);
    }

    private URI base() throws Exception {
        return portalUrl.toURI();
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return json(response.body());
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
