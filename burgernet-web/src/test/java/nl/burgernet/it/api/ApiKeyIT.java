package nl.burgernet.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.burgernet.it.alerts.AlertFixtureWriter;
import nl.burgernet.it.alerts.AlertTestSupport;
import nl.burgernet.it.support.Await;
import nl.burgernet.it.support.Browser;
import nl.burgernet.it.support.IntegrationTestServices;
import nl.burgernet.it.support.PortalDeployment;
import nl.burgernet.it.support.PortalSession;
import nl.burgernet.smsc.ReceivedSms;
import nl.burgernet.smsc.SmscSimulator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The REST API as a control-room system uses it: a municipality admin makes a key on the API keys page (a real
 * browser), and a plain HTTP client without cookies runs an alert with it from creation to its end. Keys that do not
 * work are 401 in JSON, never the login page; a key reaches only its own municipality's alerts and never the admin
 * API; the audit trail names the key; and Payara's OpenAPI document describes the alerts API and the key.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiKeyIT {

    private static final Duration DISPATCH = Duration.ofSeconds(60);
    private static final String GMS = "GMS Sleutelstad";
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();

    /** No cookie handler: a control-room system has no session, only its key. */
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTestClasses(ApiKeyFixture.class, AlertFixtureWriter.class, AuditProbe.class);
    }

    @ArquillianResource
    URL portalUrl;

    @Test
    void aKeyMadeOnTheAdminPageRunsAnAlertFromCreationToItsEnd() throws Exception {
        String key = key(ApiKeyFixture.ADMIN, GMS);
        String caller = "api-key:" + GMS + "@" + ApiKeyFixture.KEYS;

        HttpResponse<String> created =
                send(bearer(key, "api/alerts").POST(body(alertJson("Inbraak aan de Dorpsstraat"))));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject alert = json(created);
        long id = alert.getJsonNumber("id").longValue();
        String reference = alert.getString("reference");
        assertEquals("DRAFT", alert.getString("status"));
        assertEquals(caller, alert.getString("createdBy"));
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/alerts/" + id));
        assertTrue(created.headers().firstValue("Set-Cookie").isEmpty(), "a key opens no session");

        JsonObject launched =
                json(send(bearer(key, "api/alerts/" + id + "/launch").POST(body("{}"))));
        assertEquals("DISPATCHING", launched.getString("status"), launched.toString());
        assertEquals(caller, launched.getString("approvedBy"));

        JsonObject[] email = {null};
        assertTrue(
                Await.until(DISPATCH, () -> {
                    email[0] = progress(key, id, "email");
                    return email[0] != null && email[0].getInt("percentDone") == 100;
                }),
                "dispatch did not finish: " + email[0]);
        assertEquals(ApiKeyFixture.PARTICIPANTS, email[0].getInt("total"));
        assertEquals(ApiKeyFixture.PARTICIPANTS, email[0].getInt("sent"));
        assertTrue(Await.until(DISPATCH, () -> "ACTIVE".equals(status(key, id))), status(key, id));

        // The other header works the same.
        HttpResponse<String> viaHeader =
                send(request("api/alerts/" + id).header("X-API-Key", key).GET());
        assertEquals(200, viaHeader.statusCode(), viaHeader.body());

        JsonObject ended = json(send(bearer(key, "api/alerts/" + id + "/end")
                .POST(body("{\"outcome\":\"De verdachte is aangehouden. Dank voor uw hulp!\"}"))));
        assertEquals("ENDED", ended.getString("status"), ended.toString());
        assertEquals(
                409,
                send(bearer(key, "api/alerts/" + id + "/launch").POST(body("{}")))
                        .statusCode(),
                "an ended alert cannot be launched again");

        List<JsonObject> trail = audit(ApiKeyFixture.KEYS);
        for (String action : List.of("alert.created", "alert.launched", "alert.ended")) {
            JsonObject entry = trail.stream()
                    .filter(e -> e.getString("action").equals(action)
                            && e.getString("target").equals("alert " + reference))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no " + action + " of " + reference + " in " + trail));
            assertEquals(caller, entry.getString("actor"), entry.toString());
        }
        JsonObject keyCreated = trail.stream()
                .filter(e -> e.getString("action").equals("API_KEY_CREATED")
                        && e.getString("details").startsWith(GMS))
                .findFirst()
                .orElseThrow();
        assertEquals(ApiKeyFixture.ADMIN, keyCreated.getString("actor"));
        assertFalse(trail.toString().contains(key.substring(13)), "the secret is never in the audit trail");

        try (Browser browser = Browser.open(portalUrl).loginAs(ApiKeyFixture.ADMIN, ApiKeyFixture.PASSWORD)) {
            browser.get("admin/api-keys.xhtml");
            WebElement row = row(browser, GMS);
            assertFalse(
                    row.findElement(By.cssSelector(".bn-last-used")).getText().contains("Never"), row.getText());
            assertTrue(row.getText().contains(key.substring(0, 13) + "…"), row.getText());
            assertFalse(browser.source().contains(key.substring(13)), "the key is shown once only");
        }
    }

    @Test
    void withoutAWorkingKeyTheApiAnswers401InJsonAndNeverTheLoginPage() throws Exception {
        HttpResponse<String> none = send(request("api/alerts").GET());
        assertUnauthorized(none);
        assertFalse(
                none.headers().firstValue("WWW-Authenticate").orElseThrow().contains("error="),
                "no key: a plain challenge");

        String wellFormedButUnknown = "bnk_abcdefgh_" + "A".repeat(43);
        for (HttpRequest.Builder attempt : List.of(
                bearer("not-a-key", "api/alerts").GET(),
                bearer(wellFormedButUnknown, "api/alerts").GET(),
                request("api/alerts").header("X-API-Key", wellFormedButUnknown).GET(),
                bearer(wellFormedButUnknown, "api/alerts").POST(body(alertJson("Mag niet"))))) {
            HttpResponse<String> refused = send(attempt);
            assertUnauthorized(refused);
            assertTrue(refused.headers()
                    .firstValue("WWW-Authenticate")
                    .orElseThrow()
                    .contains("error=\"invalid_token\""));
        }
    }

    @Test
    void anApiKeyCannotApproveNotEvenAnotherKeysAlert() throws Exception {
        String first = key(ApiKeyFixture.ADMIN, "Koppeling een");
        String second = key(ApiKeyFixture.ADMIN, "Koppeling twee");
        long id = json(send(bearer(first, "api/alerts").POST(body(alertJson("Twee sleutels, een persoon")))))
                .getJsonNumber("id")
                .longValue();

        HttpResponse<String> approved =
                send(bearer(second, "api/alerts/" + id + "/approve").POST(body("{}")));

        assertEquals(409, approved.statusCode(), approved.body());
        assertEquals("DRAFT", status(first, id));
        assertEquals(
                200,
                send(bearer(first, "api/alerts/" + id + "/cancel").POST(body("{}")))
                        .statusCode());
    }

    @Test
    void aRevokedKeyIsRefusedFromTheNextRequestOn() throws Exception {
        String name = "Oude koppeling";
        String key = key(ApiKeyFixture.ADMIN, name);
        assertEquals(200, send(bearer(key, "api/alerts").GET()).statusCode());

        try (Browser browser = Browser.open(portalUrl).loginAs(ApiKeyFixture.ADMIN, ApiKeyFixture.PASSWORD)) {
            browser.get("admin/api-keys.xhtml");
            row(browser, name)
                    .findElement(By.cssSelector("button[id$=':revoke']"))
                    .click();
            browser.clickAndWait(By.id("confirmYes"));
            browser.until(d -> row(browser, name).getText().contains("Revoked"));
            assertTrue(browser.text().contains("The key ‘" + name + "’ has been revoked."), browser.text());
        }
        assertUnauthorized(send(bearer(key, "api/alerts").GET()));
        assertTrue(audit(ApiKeyFixture.KEYS).stream()
                .anyMatch(e -> e.getString("action").equals("API_KEY_REVOKED")
                        && e.getString("actor").equals(ApiKeyFixture.ADMIN)
                        && e.getString("details").startsWith(name)));
    }

    @Test
    void aKeyReachesOnlyItsOwnMunicipalitysAlertsAndNeverTheAdminApi() throws Exception {
        String key = key(ApiKeyFixture.ADMIN, GMS);
        String otherKey = key(ApiKeyFixture.OTHER_ADMIN, "GMS Anderstad");
        JsonObject alert = json(send(bearer(key, "api/alerts").POST(body(alertJson("Alleen voor Sleutelstad")))));
        long id = alert.getJsonNumber("id").longValue();

        assertEquals(404, send(bearer(otherKey, "api/alerts/" + id).GET()).statusCode());
        assertEquals(
                404,
                send(bearer(otherKey, "api/alerts/" + id + "/launch").POST(body("{}")))
                        .statusCode());
        assertEquals(
                404,
                send(bearer(otherKey, "api/alerts/" + id + "/progress").GET()).statusCode());
        JsonArray othersList = Json.createReader(new StringReader(
                        send(bearer(otherKey, "api/alerts").GET()).body()))
                .readArray();
        assertTrue(
                othersList.stream()
                        .noneMatch(a -> a.asJsonObject().getJsonNumber("id").longValue() == id),
                othersList.toString());
        assertEquals("DRAFT", status(key, id), "the other municipality's key changed nothing");

        HttpResponse<String> admin = send(bearer(key, "api/admin/participants").GET());
        assertEquals(403, admin.statusCode(), "a key is an operator, never an admin: " + admin.body());
        assertFalse(admin.body().contains("@example.nl"));
        assertTrue(admin.headers().firstValue("Location").isEmpty());
        assertNotEquals(200, send(bearer(key, "admin/api-keys.xhtml").GET()).statusCode());
    }

    @Test
    void thePageSpeaksDutch() {
        try (Browser browser = Browser.open(portalUrl).loginAs(ApiKeyFixture.OTHER_ADMIN, ApiKeyFixture.PASSWORD)) {
            browser.get("admin/api-keys.xhtml");
            browser.click(By.id("headerForm:langNl"));
            browser.until(d -> browser.text().contains("API-sleutels – Anderstad"));
            String page = browser.text();
            assertTrue(page.contains("Sleutel aanmaken"), page);
            assertTrue(page.contains("Laatst gebruikt"), page);
            browser.clickAndWait(By.id("apiKeysForm:create"));
            assertTrue(browser.text().contains("Geef de sleutel een naam"), browser.text());
        }
    }

    @Test
    void theOperatorsBrowserSessionStillWorksForTheSameApi() throws Exception {
        PortalSession operator = PortalSession.login(portalUrl.toURI(), ApiKeyFixture.OPERATOR, ApiKeyFixture.PASSWORD);
        HttpResponse<String> created = operator.postJson("api/alerts", alertJson("Vanuit de meldkamer"));
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(ApiKeyFixture.OPERATOR, json(created).getString("createdBy"));
        assertEquals(200, operator.get("api/alerts").statusCode());
        assertEquals(403, operator.get("admin/api-keys.xhtml").statusCode(), "keys are the admin's");
    }

    @Test
    void theOpenApiDocumentDescribesTheAlertsApiAndTheKey() throws Exception {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(portalUrl.toURI().resolve("/openapi"))
                        .header("Accept", "application/json")
                        .GET());
        assertEquals(200, response.statusCode(), response.body());
        Files.writeString(Path.of("target", "openapi.json"), response.body()); // as served, for a reader to look at
        JsonObject doc = json(response);
        assertEquals("Burgernet API", doc.getJsonObject("info").getString("title"));
        String server = doc.getJsonArray("servers").getJsonObject(0).getString("url");
        // Paths are relative to the server entry, which ends in the portal's context root (the host is Payara's own).
        assertEquals(portalUrl.getPath(), URI.create(server).getPath() + "/", server + " vs " + portalUrl);

        JsonObject paths = doc.getJsonObject("paths");
        for (String path : List.of(
                "/api/alerts",
                "/api/alerts/{id}",
                "/api/alerts/{id}/launch",
                "/api/alerts/{id}/end",
                "/api/alerts/{id}/progress",
                "/api/alerts/{id}/updates")) {
            assertTrue(paths.containsKey(path), path + " in " + paths.keySet());
        }
        JsonObject create = paths.getJsonObject("/api/alerts").getJsonObject("post");
        assertEquals("Create an alert", create.getString("summary"));
        assertTrue(create.getJsonObject("responses").containsKey("201"), create.toString());
        assertTrue(create.getJsonObject("responses").containsKey("400"), create.toString());
        assertTrue(create.getJsonObject("responses").containsKey("401"), create.toString());
        JsonObject launch = paths.getJsonObject("/api/alerts/{id}/launch").getJsonObject("post");
        assertTrue(launch.getJsonObject("responses").containsKey("404"), launch.toString());
        assertTrue(launch.getJsonObject("responses").containsKey("409"), launch.toString());
        assertTrue(launch.getJsonArray("security").toString().contains("apiKey"), launch.toString());

        JsonObject schemes = doc.getJsonObject("components").getJsonObject("securitySchemes");
        assertEquals("http", schemes.getJsonObject("apiKey").getString("type"));
        assertEquals("bearer", schemes.getJsonObject("apiKey").getString("scheme"));
        assertEquals("X-API-Key", schemes.getJsonObject("apiKeyHeader").getString("name"));
        JsonObject schemas = doc.getJsonObject("components").getJsonObject("schemas");
        JsonObject errors = schemas.getJsonObject("Error");
        assertTrue(errors.getJsonObject("properties").containsKey("field"), errors.toString());
        JsonObject startsAt = schemas.getJsonObject("AlertRequest")
                .getJsonObject("properties")
                .getJsonObject("startsAt");
        if (startsAt.containsKey("$ref")) {
            startsAt = schemas.getJsonObject(startsAt.getString("$ref").substring("#/components/schemas/".length()));
        }
        assertEquals("date-time", startsAt.getString("format", ""), "times are ISO-8601 strings: " + startsAt);
        assertFalse(response.body().contains("\"maxProperties\":0"), "no annotation defaults left in the document");
        JsonObject type = schemas.getJsonObject("AlertRequest")
                .getJsonObject("properties")
                .getJsonObject("type");
        assertEquals("#/components/schemas/AlertType", type.getString("$ref"), type.toString());
        assertTrue(schemas.getJsonObject("AlertType")
                .getJsonArray("enum")
                .toString()
                .contains("\"BURGLARY_WARNING\""));
        assertTrue(schemas.getJsonObject("AlertRequest")
                .getJsonArray("required")
                .toString()
                .contains("channels"));
        JsonObject id = launch.getJsonArray("parameters").getJsonObject(0);
        assertEquals("id", id.getString("name"));
        assertTrue(id.getBoolean("required"), "a path parameter is required: " + id);
        assertEquals("integer", id.getJsonObject("schema").getString("type"), id.toString());
        JsonObject status = paths.getJsonObject("/api/alerts").getJsonObject("get").getJsonArray("parameters").stream()
                .map(JsonValue::asJsonObject)
                .filter(p -> p.getString("name").equals("status"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "#/components/schemas/AlertStatus",
                status.getJsonObject("schema").getString("$ref"),
                status.toString());
    }

    // --- helpers

    /** A key made by {@code admin} on the API keys page, once per name for the whole class. */
    private String key(String admin, String name) {
        return KEYS.computeIfAbsent(name, n -> createOnThePage(admin, n));
    }

    private String createOnThePage(String admin, String name) {
        try (Browser browser = Browser.open(portalUrl).loginAs(admin, ApiKeyFixture.PASSWORD)) {
            browser.click(By.id("navApiKeys"));
            browser.until(d -> browser.path().equals("admin/api-keys.xhtml"));
            browser.clickAndWait(By.id("apiKeysForm:create"));
            assertTrue(browser.text().contains("Give the key a name"), browser.text());

            browser.type(By.id("apiKeysForm:name"), name);
            browser.clickAndWait(By.id("apiKeysForm:create"));
            String key = browser.find(By.id("apiKeysForm:newKey")).getAttribute("value");
            assertTrue(key.matches("bnk_[a-z0-9]{8}_[A-Za-z0-9_-]{43}"), key);
            assertTrue(browser.text().contains("it is shown only this once"), browser.text());
            browser.screenshot("api-keys-created");
            WebElement row = row(browser, name);
            assertTrue(row.getText().contains(key.substring(0, 13) + "…"), row.getText());
            assertTrue(row.getText().contains(admin), row.getText());
            assertTrue(row.getText().contains("Never"), row.getText());

            browser.clickAndWait(By.id("apiKeysForm:dismiss"));
            assertFalse(browser.isPresent(By.id("apiKeysForm:newKey")));
            browser.get("admin/api-keys.xhtml");
            assertFalse(browser.source().contains(key), "gone once the notice is closed");
            return key;
        }
    }

    private static WebElement row(Browser browser, String name) {
        return browser.find(
                By.xpath("//tr[.//span[contains(@class,'bn-key-name') and normalize-space()='" + name + "']]"));
    }

    private HttpRequest.Builder request(String path) throws Exception {
        return HttpRequest.newBuilder(portalUrl.toURI().resolve(path)).header("Accept", "application/json");
    }

    private HttpRequest.Builder bearer(String key, String path) throws Exception {
        return request(path).header("Authorization", "Bearer " + key);
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return HttpRequest.BodyPublishers.ofString(json);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(
                request.header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    private String status(String key, long id) {
        try {
            return json(send(bearer(key, "api/alerts/" + id).GET())).getString("status");
        } catch (Exception e) {
            return e.toString();
        }
    }

    private JsonObject progress(String key, long id, String channel) {
        try {
            HttpResponse<String> response =
                    send(bearer(key, "api/alerts/" + id + "/progress").GET());
            return Json.createReader(new StringReader(response.body())).readArray().stream()
                    .map(JsonValue::asJsonObject)
                    .filter(p ->
                            p.getInt("sequence") == 0 && p.getString("channel").equals(channel))
                    .findFirst()
                    .orElse(null);
        } catch (Exception e) {
            return null;
        }
    }

    private List<JsonObject> audit(String cbs) throws Exception {
        HttpResponse<String> response = send(request("it/audit?cbs=" + cbs).GET());
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readArray().stream()
                .map(JsonValue::asJsonObject)
                .toList();
    }

    private static void assertUnauthorized(HttpResponse<String> response) {
        assertEquals(401, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Location").isEmpty(), "no redirect to the login page");
        assertTrue(
                response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"),
                response.headers().toString());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject error = json(response);
        assertEquals(401, error.getInt("status"));
        assertFalse(error.getString("error").isBlank());
    }

    private static String alertJson(String title) {
        return "{\"type\":\"BURGLARY_WARNING\",\"title\":\"" + title + "\",\"body\":\"Let op verdachte situaties.\","
                + "\"area\":{\"centre\":{\"latitude\":" + ApiKeyFixture.CENTRE.latitude() + ",\"longitude\":"
                + ApiKeyFixture.CENTRE.longitude() + "},\"radiusMetres\":400},\"channels\":[\"email\"]}";
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    @Test
    void anAlertGoesOutBySmsThroughTheSmscWithReceiptsAndAnAnsweredSmsIsATip() throws Exception {
        PortalSession operator =
                PortalSession.login(portalUrl.toURI(), ApiKeyFixture.SMS_OPERATOR, ApiKeyFixture.PASSWORD);
        SmscSimulator smsc = IntegrationTestServices.services().smsc();
        // Receipts at once, as a fast SMSC sends them: they overtake the result of the batch that sent the messages,
        // so no delivery has their provider id yet when they arrive. They must wait for it, not be dropped.
        smsc.receiptDelay(Duration.ZERO);
        HttpResponse<String> created = operator.postJson(
                "api/alerts",
                AlertTestSupport.alertJson(
                        "SUSPECT", "Verdachte in een blauwe auto", ApiKeyFixture.SMS_POINT, 400, "sms"));
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created).getJsonNumber("id").longValue();
        assertEquals(
                200, operator.postJson("api/alerts/" + id + "/launch", "{}").statusCode());

        assertTrue(
                Await.until(DISPATCH, () -> smsProgress(operator, id).getInt("sent") == 3),
                "three SMS accepted by the SMSC: " + smsProgress(operator, id));
        for (int i = 0; i < 3; i++) {
            List<ReceivedSms> got = smsc.messagesTo(ApiKeyFixture.SMS_NUMBER + i);
            assertEquals(1, got.size(), "exactly one SMS for " + ApiKeyFixture.SMS_NUMBER + i + ": " + got);
            String text = got.get(0).text();
            assertTrue(text.contains("Verdachte in een blauwe auto") && text.contains("0800-0011"), text);
        }
        assertTrue(
                Await.until(DISPATCH, () -> smsProgress(operator, id).getInt("delivered") == 3),
                "the SMSC's receipts mark them delivered: " + smsProgress(operator, id));
        smsc.receiptDelay(Duration.ofMillis(100));

        smsc.reply(ApiKeyFixture.SMS_NUMBER + 1, "Blauwe auto reed net de A2 op")
                .get(10, TimeUnit.SECONDS);
        String[] replies = {""};
        assertTrue(
                Await.until(DISPATCH, () -> {
                    try {
                        replies[0] =
                                operator.get("api/alerts/" + id + "/replies").body();
                    } catch (Exception e) {
                        return false;
                    }
                    return replies[0].contains("Blauwe auto reed net de A2 op");
                }),
                "the answer shows on the alert: " + replies[0]);
        JsonObject tip =
                Json.createReader(new StringReader(replies[0])).readArray().getJsonObject(0);
        assertEquals("REPLY", tip.getString("kind"), tip.toString());
        assertTrue(tip.getBoolean("senderVerified"), "verified by number: " + tip);

        theShortLinkInTheSmsOpensTheAlertsPublicPageWhichLaterShowsTheOutcome(operator, id, smsc);
    }

    /** The SMS has room for a summary only; its short link leads to the whole message, and later to the afloop. */
    private void theShortLinkInTheSmsOpensTheAlertsPublicPageWhichLaterShowsTheOutcome(
            PortalSession operator, long id, SmscSimulator smsc) throws Exception {
        String text = smsc.messagesTo(ApiKeyFixture.SMS_NUMBER + 0).get(0).text();
        Matcher link = Pattern.compile("https?://\\S+/a/([A-Z0-9]{8})$").matcher(text);
        assertTrue(link.find(), "the SMS ends with the short link to the alert's page: " + text);
        String page = "a/" + link.group(1);

        HttpResponse<String> open = anonymousGet(page);
        assertEquals(200, open.statusCode(), open.body());
        assertTrue(open.body().contains("Verdachte in een blauwe auto"), open.body());
        assertTrue(open.body().contains("bn-open"), "still open: " + open.body());
        assertFalse(open.body().contains(ApiKeyFixture.SMS_NUMBER), "no recipient on the public page");
        assertEquals("noindex", open.headers().firstValue("X-Robots-Tag").orElse(""));

        assertEquals(
                200,
                operator.postJson("api/alerts/" + id + "/end", "{\"outcome\":\"De bestuurder is aangehouden.\"}")
                        .statusCode());
        HttpResponse<String> ended = anonymousGet(page);
        assertEquals(200, ended.statusCode(), ended.body());
        assertTrue(ended.body().contains("bn-closed"), "ended: " + ended.body());
        String[] sections = ended.body().split("class=\"bn-public-message\"");
        assertEquals(3, sections.length, "two messages, the first one and the afloop: " + ended.body());
        assertTrue(
                sections[1].contains("Afloop") && sections[1].contains("De bestuurder is aangehouden."),
                "the outcome comes first: " + sections[1]);

        assertEquals(404, anonymousGet("a/ZZZZ2222").statusCode(), "an unknown code finds nothing");
        assertEquals(404, anonymousGet("a/not-a-code").statusCode());
    }

    private HttpResponse<String> anonymousGet(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(portalUrl.toURI().resolve(path))
                        .header("Accept-Language", "nl")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject smsProgress(PortalSession operator, long id) {
        try {
            return Json.createReader(new StringReader(
                            operator.get("api/alerts/" + id + "/progress").body()))
                    .readArray()
                    .stream()
                    .map(JsonValue::asJsonObject)
                    .filter(p ->
                            p.getInt("sequence") == 0 && p.getString("channel").equals("sms"))
                    .findFirst()
                    .orElse(Json.createObjectBuilder()
                            .add("sent", 0)
                            .add("delivered", 0)
                            .build());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
