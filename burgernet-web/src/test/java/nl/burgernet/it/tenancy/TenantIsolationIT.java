package nl.burgernet.it.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.burgernet.it.alerts.AlertTestSupport;
import nl.burgernet.it.api.AuditProbe;
import nl.burgernet.it.support.Await;
import nl.burgernet.it.support.PortalDeployment;
import nl.burgernet.it.support.PortalSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
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
        // As behind a reverse proxy that writes X-Forwarded-For: the login throttle tells clients apart by it.
        return PortalDeployment.withTestClasses(
                        TwoMunicipalities.class, ParticipantWriter.class, ReachRegions.class, AuditProbe.class)
                .addAsResource(
                        new StringAsset("burgernet.login.client-address-header=X-Forwarded-For\n"),
                        "META-INF/microprofile-config.properties");
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
        long before = json(adminC.get("api/admin/participants"))
                .getJsonNumber("total")
                .longValue();
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
        assertEquals(before + 2, listed.getJsonNumber("total").longValue());
        Instant signedUp =
                Instant.parse(listed.getJsonArray("rows").getJsonObject(0).getString("createdAt"));
        assertTrue(
                Duration.between(signedUp, Instant.now()).abs().toMinutes() < 10,
                "stored with the time of the import, read back through JPA: " + signedUp);
    }

    @Test
    void aStrayQuoteAfterTheFirstChunksCostsOnlyItsLineAndEveryGoodRowIsStored() throws Exception {
        PortalSession adminC = login("admin-c");
        long before = json(adminC.get("api/admin/participants"))
                .getJsonNumber("total")
                .longValue();
        String run = Long.toString(System.nanoTime(), 36);
        StringBuilder csv = new StringBuilder("email;postcode;huisnummer;geboortejaar\n");
        int goodRows = 2_500; // more than two of the import's chunks are written before the stray quote is read
        for (int i = 0; i < goodRows; i++) {
            csv.append("stray-")
                    .append(run)
                    .append("-")
                    .append(i)
                    .append("@example.nl;3601 AB;")
                    .append(1 + i % 300)
                    .append(";1970\n");
        }
        csv.append("\"unclosed-").append(run).append("@example.nl;3601 AB;1;1970\n");
        csv.append("after-").append(run).append("@example.nl;3601 AB;2;1970\n");

        HttpResponse<String> response = adminC.postCsv("api/admin/participants/import", csv.toString());

        assertEquals(200, response.statusCode(), response.body());
        JsonObject report = json(response.body());
        assertEquals(goodRows + 2, report.getJsonNumber("rowsRead").longValue());
        assertEquals(goodRows + 1, report.getInt("imported"));
        assertEquals(1, report.getJsonArray("rejected").size(), response.body());
        JsonObject rejected = report.getJsonArray("rejected").getJsonObject(0);
        assertEquals(goodRows + 2, rejected.getJsonNumber("line").longValue());
        assertTrue(
                rejected.getString("message").startsWith("This line has a quote (\") that opens a value"),
                rejected.getString("message"));
        assertEquals(
                before + goodRows + 1,
                json(adminC.get("api/admin/participants"))
                        .getJsonNumber("total")
                        .longValue());
    }

    @Test
    void aHeaderOnlyFileSaysSoAndThousandsOfUnknownColumnsAreCounted() throws Exception {
        PortalSession adminC = login("admin-c");
        HttpResponse<String> headerOnly =
                adminC.postCsv("api/admin/participants/import", "email;postcode;huisnummer;geboortejaar\r\n");
        assertEquals(400, headerOnly.statusCode(), headerOnly.body());
        assertEquals(
                "The file has only the line with the column names: there are no participants below it.",
                json(headerOnly.body())
                        .getJsonArray("rejected")
                        .getJsonObject(0)
                        .getString("message"));

        StringBuilder header = new StringBuilder("email;postcode;huisnummer;geboortejaar");
        for (int i = 0; i < 5_000; i++) {
            header.append(";extra").append(i);
        }
        String email = "wide-" + Long.toString(System.nanoTime(), 36) + "@example.nl";
        HttpResponse<String> wide =
                adminC.postCsv("api/admin/participants/import", header + "\n" + email + ";3601 AB;3;1970\n");
        assertEquals(200, wide.statusCode(), wide.body());
        JsonObject report = json(wide.body());
        assertEquals(1, report.getInt("imported"));
        assertEquals("5,000 unknown columns, the first: extra0, extra1, extra2", report.getString("ignoredColumns"));
    }

    @Test
    void malformedRequestsToTheAdminApiAre400InJsonNeverA500OrA404() throws Exception {
        PortalSession adminC = login("admin-c");
        long id = 987_654_321L; // the body is refused before anyone is looked up
        List<HttpResponse<String>> refused = List.of(
                adminC.get("api/admin/participants?status=SLEEPING"),
                adminC.get("api/admin/participants?max=lots"),
                adminC.putJson("api/admin/participants/" + id, "{\"email\":"),
                adminC.putJson("api/admin/participants/" + id, "{}"),
                adminC.putJson("api/admin/participants/" + id, "{\"quietFrom\":\"25:99\",\"addresses\":[]}"));
        for (HttpResponse<String> response : refused) {
            assertEquals(400, response.statusCode(), response.uri() + ": " + response.body());
            JsonObject error = json(response.body());
            assertEquals(400, error.getInt("status"), response.body());
            assertFalse(
                    response.body().contains("nl.burgernet") || response.body().contains("Exception"), response.body());
        }
        assertTrue(
                json(refused.get(0).body()).getString("error").contains("'status'"),
                refused.get(0).body());
    }

    @Test
    void aStrangersWrongPasswordsMakeOnlyTheStrangerWaitNotTheAccountsOwner() throws Exception {
        PortalSession stranger = from("203.0.113.7");
        for (int i = 0; i < 5; i++) {
            assertEquals(INVALID, loginError(stranger.submitLogin("lock-me", "wrong-password")));
        }
        String refused = loginError(stranger.submitLogin("lock-me", TwoMunicipalities.PASSWORD));
        assertTrue(refused.startsWith("Too many failed attempts"), refused);

        // The owner, from a client with a clean record, gets in with the right password at once.
        PortalSession owner =
                PortalSession.loginWith(base(), forwardedFor("10.20.30.40"), "lock-me", TwoMunicipalities.PASSWORD);
        assertEquals(200, owner.get("api/admin/participants").statusCode());
    }

    @Test
    void anUnknownNameAndAKnownOneGetTheSameAnswersAlsoOnceThrottled() throws Exception {
        PortalSession onKnown = from("203.0.113.21");
        PortalSession onUnknown = from("203.0.113.22");
        List<String> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < 6; i++) { // the sixth follows the fifth failure within the first wait (1 s)
            known.add(withoutTime(loginError(onKnown.submitLogin("guessed-at", "wrong-" + i))));
            unknown.add(withoutTime(loginError(onUnknown.submitLogin("no-such-user", "wrong-" + i))));
        }
        assertEquals(known, unknown);
        assertEquals(INVALID, known.get(0));
        assertTrue(known.get(5).startsWith("Too many failed attempts"), known.toString());
    }

    @Test
    void theSessionIdChangesAtLogin() throws Exception {
        PortalSession browser = PortalSession.anonymous(base(), Map.of());
        browser.get("login.xhtml");
        String before = browser.sessionId().orElseThrow();

        HttpResponse<String> posted = browser.submitLogin("admin-d", TwoMunicipalities.PASSWORD);

        assertEquals(302, posted.statusCode(), posted.body());
        assertFalse(before.equals(browser.sessionId().orElseThrow()), "a new session id after the login");
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndSecureWhenTheRequestCameOverHttps() throws Exception {
        List<String> behindHttps = PortalSession.anonymous(base(), Map.of("X-Forwarded-Proto", "https"))
                .get("login.xhtml")
                .headers()
                .allValues("Set-Cookie");
        List<String> plainHttp = PortalSession.anonymous(base(), Map.of())
                .get("login.xhtml")
                .headers()
                .allValues("Set-Cookie");

        assertTrue(behindHttps.stream().anyMatch(c -> c.startsWith("JSESSIONID=")), behindHttps.toString());
        for (String cookie : behindHttps) {
            assertTrue(cookie.contains("SameSite=Lax"), cookie);
            assertTrue(cookie.contains("HttpOnly"), cookie);
            assertTrue(cookie.contains("Secure"), "behind https: " + cookie);
        }
        assertTrue(plainHttp.stream().anyMatch(c -> c.startsWith("JSESSIONID=")), plainHttp.toString());
        for (String cookie : plainHttp) {
            assertTrue(cookie.contains("SameSite=Lax"), cookie);
            // Over plain http a Secure cookie would never come back: no login would work.
            assertFalse(cookie.contains("Secure"), cookie);
        }
    }

    @Test
    void aCrossSiteFormCannotImportParticipantsNorChangeAnything() throws Exception {
        PortalSession adminD = login("admin-d");
        String csv = "email;postcode;huisnummer;geboortejaar\ncsrf@example.nl;3601 AB;12;1970\n";

        // What a form on another site can make the logged-in browser send: no preflight, the cookie goes along.
        for (String simple : List.of(
                "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "TEXT/PLAIN")) {
            HttpResponse<String> forged = adminD.send("POST", "api/admin/participants/import", simple, csv);
            assertEquals(403, forged.statusCode(), simple + ": " + forged.body());
            assertTrue(forged.body().contains("\"status\":403"), forged.body());
        }
        assertEquals(
                403,
                adminD.send("POST", "api/admin/participants/import", null, csv).statusCode());
        assertEquals(
                0,
                json(adminD.get("api/admin/participants"))
                        .getJsonNumber("total")
                        .longValue(),
                "nothing imported");

        // The portal's own scripts and programs: a non-simple type, or the header no other site can add.
        assertEquals(
                1,
                json(adminD.send("POST", "api/admin/participants/import", "text/plain", csv, "X-Requested-With", "x"))
                        .getInt("imported"));
    }

    @Test
    void noPageOfThePortalMayBeFramedByAnotherSite() throws Exception {
        PortalSession adminD = login("admin-d");
        for (String path : List.of("login.xhtml", "admin/index.xhtml", "api/admin/participants", "no-such-page")) {
            HttpResponse<String> page = adminD.get(path);
            assertEquals(
                    "frame-ancestors 'none'",
                    page.headers().firstValue("Content-Security-Policy").orElse(""),
                    path);
            assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""), path);
        }
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

    private static final String INVALID = "Username or password is incorrect.";
    private static final Pattern LOGIN_ERROR = Pattern.compile("ui-messages-error-summary\">([^<]*)<");

    /** A browser behind the portal's reverse proxy, which names the client in X-Forwarded-For. */
    private PortalSession from(String client) throws Exception {
        return PortalSession.anonymous(base(), forwardedFor(client));
    }

    private static Map<String, String> forwardedFor(String client) {
        return Map.of("X-Forwarded-For", client, "Accept-Language", "en");
    }

    private static String loginError(HttpResponse<String> posted) {
        assertEquals(200, posted.statusCode(), "the login form again");
        Matcher m = LOGIN_ERROR.matcher(posted.body());
        assertTrue(m.find(), posted.body());
        return m.group(1);
    }

    private static String withoutTime(String text) {
        return text.replaceAll("\\d\\d:\\d\\d:\\d\\d", "hh:mm:ss");
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
