package nl.burgernet.it.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import nl.burgernet.it.alerts.AlertTestSupport;
import nl.burgernet.it.api.AuditProbe;
import nl.burgernet.it.support.Await;
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
        return PortalDeployment.withTestClasses(
                TwoMunicipalities.class, ParticipantWriter.class, ReachRegions.class, AuditProbe.class);
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

    @Test
    void anAmberAlertIsRefusedToAnOperatorWhoIsNotTheNationalControlRoom() throws Exception {
        PortalSession operator = reachLogin(ReachRegions.OPERATOR);

        HttpResponse<String> preview = operator.postJson(
                "api/alerts/preview", AlertTestSupport.previewJson("AMBER", ReachRegions.POINT, 300, "email"));
        assertEquals(403, preview.statusCode(), "a count would tell where other municipalities' residents live");
        assertTrue(json(preview.body()).getString("error").contains("national control room"), preview.body());
        assertFalse(preview.body().contains("participants"), preview.body());

        HttpResponse<String> withArea = operator.postJson(
                "api/alerts",
                AlertTestSupport.alertJson("AMBER", "Een straat elders", ReachRegions.POINT, 300, "email"));
        assertEquals(403, withArea.statusCode(), withArea.body());
        assertEquals("type", json(withArea.body()).getString("field"));
        HttpResponse<String> national = operator.postJson(
                "api/alerts",
                "{\"type\":\"AMBER\",\"title\":\"Landelijk zonder gebied\",\"body\":\"Kijk uit.\",\"channels\":[\"email\"]}");
        assertEquals(403, national.statusCode(), national.body());
        String stored = operator.get("api/alerts").body();
        assertFalse(
                stored.contains("Een straat elders") || stored.contains("Landelijk zonder gebied"),
                "nothing was stored: no draft an approver could send");
    }

    @Test
    void aVermistKindAlertStaysInsideTheRegionWhateverItsArea() throws Exception {
        PortalSession operator = reachLogin(ReachRegions.OPERATOR);

        HttpResponse<String> preview = operator.postJson(
                "api/alerts/preview", AlertTestSupport.previewJson("VERMIST_KIND", ReachRegions.POINT, 300, "email"));
        assertEquals(200, preview.statusCode(), preview.body());
        assertEquals(4, json(preview.body()).getInt("participants"), "Noordwolde and Oostwolde, not Zuidwolde");

        JsonObject alert = json(operator.postJson(
                        "api/alerts",
                        AlertTestSupport.alertJson(
                                "VERMIST_KIND", "Vermist kind: Sanne (7)", ReachRegions.POINT, 300, "email"))
                .body());
        String reference = alert.getString("reference");
        operator.postJson("api/alerts/" + alert.getJsonNumber("id") + "/launch", "{}");
        assertTrue(
                Await.until(Duration.ofSeconds(60), () -> mailsAbout(reference).size() == 4));
        assertTrue(
                mailsAbout(reference).keySet().stream().noneMatch(a -> a.startsWith("reach-zuid")),
                "another region's residents in the same street: "
                        + mailsAbout(reference).keySet());
    }

    @Test
    void onlyAPlatformAdminGrantsNationalReachAndARevealAcrossMunicipalitiesIsAuditedInBoth() throws Exception {
        String grant = "api/admin/users/" + ReachRegions.NATIONAL + "/national-reach";
        assertEquals(
                403,
                reachLogin(ReachRegions.ADMIN_ZUID)
                        .putJson(grant, "{\"granted\":true}")
                        .statusCode());
        assertEquals(
                403,
                reachLogin(ReachRegions.OPERATOR)
                        .putJson(grant, "{\"granted\":true}")
                        .statusCode());
        PortalSession platform = reachLogin(ReachRegions.PLATFORM_ADMIN);
        assertEquals(
                400,
                platform.putJson("api/admin/users/" + ReachRegions.ADMIN_ZUID + "/national-reach", "{\"granted\":true}")
                        .statusCode(),
                "only an operator sends alerts");
        HttpResponse<String> granted = platform.putJson(grant, "{\"granted\":true}");
        assertEquals(200, granted.statusCode(), granted.body());
        assertTrue(json(granted.body()).getBoolean("granted"));

        PortalSession national = reachLogin(ReachRegions.NATIONAL);
        HttpResponse<String> preview = national.postJson(
                "api/alerts/preview", AlertTestSupport.previewJson("AMBER", ReachRegions.POINT, 300, "email"));
        assertEquals(200, preview.statusCode(), preview.body());
        assertEquals(6, json(preview.body()).getInt("participants"), "every municipality's residents in the area");

        HttpResponse<String> created = national.postJson(
                "api/alerts",
                AlertTestSupport.alertJson("AMBER", "AMBER Alert: Daan (5)", ReachRegions.POINT, 300, "email"));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject alert = json(created.body());
        long alertId = alert.getJsonNumber("id").longValue();
        String reference = alert.getString("reference");
        assertEquals(
                200,
                national.postJson("api/alerts/" + alertId + "/launch", "{}").statusCode());
        assertTrue(
                Await.until(Duration.ofSeconds(60), () -> mailsAbout(reference).size() == 6));

        MimeMessage mail = mailsAbout(reference).get("reach-zuid0@example.nl").get(0);
        MimeMessage reply = new MimeMessage(mailSession());
        reply.setFrom(new InternetAddress("reach-zuid0@example.nl"));
        reply.setRecipients(Message.RecipientType.TO, ((InternetAddress) mail.getReplyTo()[0]).getAddress());
        reply.setSubject("Re: " + mail.getSubject(), "UTF-8");
        reply.setText("Ik zag een jongetje met een blauwe jas bij het station.", "UTF-8");
        Transport.send(reply);
        long[] replyId = {0};
        assertTrue(Await.until(Duration.ofSeconds(30), () -> {
            try {
                for (JsonValue r : Json.createReader(new StringReader(national.get("api/alerts/" + alertId + "/replies")
                                .body()))
                        .readArray()) {
                    if (r.asJsonObject().getString("text").contains("blauwe jas")) {
                        replyId[0] = r.asJsonObject().getJsonNumber("id").longValue();
                        return true;
                    }
                }
                return false;
            } catch (Exception e) {
                return false;
            }
        }));
        HttpResponse<String> contact =
                national.postJson("api/alerts/" + alertId + "/replies/" + replyId[0] + "/contact", "");
        assertEquals(200, contact.statusCode(), contact.body());
        String zuidAudit = national.get("it/audit?cbs=" + ReachRegions.ZUID).body();
        assertTrue(
                zuidAudit.contains("participant.contact-revealed")
                        && zuidAudit.contains(ReachRegions.NATIONAL)
                        && zuidAudit.contains(reference),
                "the resident's own municipality sees who looked them up, and why: " + zuidAudit);
        assertTrue(national.get("it/audit?cbs=" + ReachRegions.NOORD).body().contains("participant.contact-revealed"));

        assertEquals(200, platform.putJson(grant, "{\"granted\":false}").statusCode());
        assertEquals(
                403,
                national.postJson(
                                "api/alerts/preview",
                                AlertTestSupport.previewJson("AMBER", ReachRegions.POINT, 300, "email"))
                        .statusCode(),
                "a revoked grant ends at once, not at the next login");
    }

    private PortalSession reachLogin(String user) throws Exception {
        return PortalSession.login(base(), user, ReachRegions.PASSWORD);
    }

    private static Map<String, List<MimeMessage>> mailsAbout(String reference) {
        return AlertTestSupport.mailsAbout(reference);
    }

    private static Session mailSession() {
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", "127.0.0.1");
        p.setProperty(
                "mail.smtp.port", Integer.getInteger("burgernet.it.smtp.port").toString());
        return Session.getInstance(p);
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
