package nl.burgernet.it.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.burgernet.channel.testkit.RecordingChannel;
import nl.burgernet.domain.model.geo.Coordinates;
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
 * Alerts from the operator's REST calls to residents' mailboxes (GreenMail) and phones (the SMS test channel), with
 * the real WAR, broker, MDBs and timers: the lifecycle, targeting, retries and the dead letter, a failing channel,
 * the clock, four eyes and regional reach. Dispatch settings for the tests: retries after 1 s, 3 attempts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AlertDispatchIT {

    private static final Duration DISPATCH = Duration.ofSeconds(60);

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withoutPlugin(
                "burgernet-channel-sms",
                AlertFixture.class,
                AlertFixtureWriter.class,
                SmsTestChannel.class,
                SmsTestControl.class,
                PagerTestChannel.class,
                PagerTestControl.class,
                HangingChannel.class,
                QuickBChannel.class,
                QuickCChannel.class,
                QuickDChannel.class,
                LaneTestControl.class,
                RecordingChannel.class,
                RecordingChannel.Delivery.class);
    }

    @ArquillianResource
    URL portalUrl;

    @Test
    void anAlertReachesEveryoneInItsCircleOnceThenUpdatesAndTheOutcomeThreadUnderIt() throws Exception {
        PortalSession operator = login("op-dispatch");
        JsonObject preview = json(operator.postJson(
                "api/alerts/preview",
                AlertTestSupport.previewJson("SUSPECT", AlertFixture.LIFECYCLE, 400, "email", "sms")));
        assertEquals(20, preview.getInt("participants"), preview.toString());
        assertEquals(20, preview.getJsonObject("perChannel").getInt("email"));
        assertEquals(10, preview.getJsonObject("perChannel").getInt("sms"));

        JsonObject draft = create(
                operator,
                AlertTestSupport.alertJson(
                        "SUSPECT", "Verdachte gezien bij het station", AlertFixture.LIFECYCLE, 400, "email", "sms"));
        assertEquals("DRAFT", draft.getString("status"));
        long id = draft.getJsonNumber("id").longValue();
        String reference = draft.getString("reference");
        assertTrue(reference.matches("BN-\\d{4}-\\d{6}"), reference);

        JsonObject launched = json(operator.postJson("api/alerts/" + id + "/launch", "{}"));
        assertEquals("DISPATCHING", launched.getString("status"), launched.toString());
        assertEquals("op-dispatch", launched.getString("approvedBy"));
        awaitStatus(operator, id, "ACTIVE");

        Map<String, List<MimeMessage>> mails = AlertTestSupport.mailsAbout(reference);
        for (int i = 0; i < 20; i++) {
            assertEquals(
                    1, mails.getOrDefault("life" + i + "@example.nl", List.of()).size(), "life" + i);
        }
        assertFalse(mails.containsKey("far@example.nl"), "5 km away is outside the 400 m circle");
        List<JsonObject> texts = smsAbout(reference);
        assertEquals(10, texts.size(), texts.toString());
        assertEquals(
                10, texts.stream().map(t -> t.getString("address")).distinct().count());
        JsonObject progress = progressOf(operator, id, 0, "email");
        assertEquals(20, progress.getInt("sent"));
        assertEquals(100, progress.getInt("percentDone"));

        JsonObject updated = json(operator.postJson(
                "api/alerts/" + id + "/updates",
                "{\"title\":\"Verdachte draagt een rode jas\",\"body\":\"Hij liep richting het park.\"}"));
        assertEquals(2, updated.getJsonArray("messages").size(), updated.toString());
        assertTrue(Await.until(
                DISPATCH,
                () -> AlertTestSupport.mailsAbout(reference)
                                .get("life3@example.nl")
                                .size()
                        == 2));

        JsonObject ended = json(operator.postJson(
                "api/alerts/" + id + "/end", "{\"outcome\":\"De verdachte is aangehouden. Dank voor uw hulp!\"}"));
        assertEquals("ENDED", ended.getString("status"), ended.toString());
        assertTrue(Await.until(
                DISPATCH,
                () -> AlertTestSupport.mailsAbout(reference).values().stream().allMatch(l -> l.size() == 3)
                        && AlertTestSupport.mailsAbout(reference).size() == 20));

        for (List<MimeMessage> received : AlertTestSupport.mailsAbout(reference).values()) {
            String first = received.get(0).getMessageID();
            for (MimeMessage later : received.subList(1, 3)) {
                assertEquals(first, later.getHeader("In-Reply-To", null), "updates and the outcome thread under it");
                assertNotEquals(first, later.getMessageID());
            }
        }
        List<JsonObject> allTexts = smsAbout(reference);
        assertEquals(30, allTexts.size(), "10 phones x first message, update and outcome");
        for (JsonObject text : allTexts) {
            if (text.getInt("sequence") > 0) {
                assertTrue(text.getString("thread").startsWith("test-recording-" + reference + "-0-"), text.toString());
            }
        }
        assertEquals(
                409, operator.postJson("api/alerts/" + id + "/launch", "{}").statusCode());
    }

    @Test
    void quietHoursHoldBackOrdinaryAlertsButNotAMissingChild() throws Exception {
        PortalSession operator = login("op-dispatch");
        JsonObject ordinary = json(operator.postJson(
                "api/alerts/preview",
                AlertTestSupport.previewJson("BURGLARY_WARNING", AlertFixture.QUIET, 200, "email")));
        assertEquals(1, ordinary.getInt("participants"), ordinary.toString());
        assertEquals(1, ordinary.getInt("inQuietHours"));

        JsonObject urgent = json(operator.postJson(
                "api/alerts/preview",
                AlertTestSupport.previewJson("MISSING_PERSON", AlertFixture.QUIET, 200, "email")));
        assertEquals(2, urgent.getInt("participants"), urgent.toString());
        assertEquals(0, urgent.getInt("inQuietHours"));

        JsonObject alert = create(
                operator,
                AlertTestSupport.alertJson("BURGLARY_WARNING", "Inbraakgolf", AlertFixture.QUIET, 200, "email"));
        long id = alert.getJsonNumber("id").longValue();
        operator.postJson("api/alerts/" + id + "/launch", "{}");
        awaitStatus(operator, id, "ACTIVE");
        Map<String, List<MimeMessage>> mails = AlertTestSupport.mailsAbout(alert.getString("reference"));
        assertTrue(mails.containsKey("awake@example.nl"));
        assertFalse(mails.containsKey("sleeper@example.nl"), "asleep: not woken for a burglary warning");
    }

    @Test
    void aParticipantGetsNoMoreAlertsThanTheWeeklyBudgetUnlessUrgent() throws Exception {
        PortalSession operator = login("op-budget");
        JsonObject first = create(
                operator,
                AlertTestSupport.alertJson(
                        "DOOR_TO_DOOR_INQUIRY", "Wie zag iets?", AlertFixture.BUDGET_POINT, 300, "email"));
        operator.postJson("api/alerts/" + first.getJsonNumber("id") + "/launch", "{}");
        awaitStatus(operator, first.getJsonNumber("id").longValue(), "ACTIVE");
        assertEquals(
                2, AlertTestSupport.mailsAbout(first.getString("reference")).size());

        JsonObject again = json(operator.postJson(
                "api/alerts/preview",
                AlertTestSupport.previewJson("DOOR_TO_DOOR_INQUIRY", AlertFixture.BUDGET_POINT, 300, "email")));
        assertEquals(0, again.getInt("participants"), again.toString());
        assertEquals(2, again.getInt("overWeeklyBudget"));

        JsonObject second = create(
                operator,
                AlertTestSupport.alertJson(
                        "DOOR_TO_DOOR_INQUIRY", "Nog een vraag", AlertFixture.BUDGET_POINT, 300, "email"));
        long id = second.getJsonNumber("id").longValue();
        operator.postJson("api/alerts/" + id + "/launch", "{}");
        awaitStatus(operator, id, "ACTIVE"); // nobody to reach: done at once
        assertTrue(AlertTestSupport.mailsAbout(second.getString("reference")).isEmpty());

        JsonObject urgent = json(operator.postJson(
                "api/alerts/preview",
                AlertTestSupport.previewJson("MISSING_PERSON", AlertFixture.BUDGET_POINT, 300, "email")));
        assertEquals(2, urgent.getInt("participants"), "a missing person overrides the budget");
    }

    @Test
    void passingFailuresAreRetriedUntilTheDeadLetterAndRefusalsAreFinal() throws Exception {
        PortalSession operator = login("op-dispatch");
        operator.postJson("api/it/sms/retry/" + AlertFixture.RETRYING_MOBILE.replace("+", "%2B"), "");
        operator.postJson("api/it/sms/fail/" + AlertFixture.REFUSED_MOBILE.replace("+", "%2B"), "");

        JsonObject alert = create(
                operator,
                AlertTestSupport.alertJson(
                        "VEHICLE", "Auto na aanrijding doorgereden", AlertFixture.RETRY, 200, "sms"));
        long id = alert.getJsonNumber("id").longValue();
        operator.postJson("api/alerts/" + id + "/launch", "{}");
        awaitStatus(operator, id, "ACTIVE");

        JsonObject sms = progressOf(operator, id, 0, "sms");
        assertEquals(3, sms.getInt("total"), sms.toString());
        assertEquals(1, sms.getInt("sent"));
        assertEquals(1, sms.getInt("failed"));
        assertEquals(1, sms.getInt("dead"), "3 attempts, then the dead letter");
        assertEquals(0, sms.getInt("pending"));
        long attemptsOfRetrying = smsAbout(alert.getString("reference")).stream()
                .filter(t -> t.getString("address").equals(AlertFixture.RETRYING_MOBILE))
                .count();
        assertEquals(3, attemptsOfRetrying);

        JsonArray dead = Json.createReader(new StringReader(operator.get("api/alerts/" + id + "/deliveries?status=DEAD")
                        .body()))
                .readArray();
        assertEquals(1, dead.size(), dead.toString());
        assertEquals(3, dead.getJsonObject(0).getInt("attempts"));
        assertTrue(dead.getJsonObject(0).getString("lastError").contains("operator busy"), dead.toString());
        assertFalse(dead.toString().contains(AlertFixture.RETRYING_MOBILE), "residents are pseudonymous");
        JsonArray failed = Json.createReader(
                        new StringReader(operator.get("api/alerts/" + id + "/deliveries?status=FAILED")
                                .body()))
                .readArray();
        assertTrue(failed.getJsonObject(0).getString("lastError").contains("does not exist"), failed.toString());
    }

    @Test
    void aChannelThatThrowsIsRetriedWhileTheOtherChannelsGoOn() throws Exception {
        PortalSession operator = login("op-dispatch");
        JsonObject alert = create(
                operator,
                AlertTestSupport.alertJson(
                        "SUSPECT", "Verdachte bij winkelcentrum", AlertFixture.LIFECYCLE, 120, "email", "sms"));
        long id = alert.getJsonNumber("id").longValue();
        String reference = alert.getString("reference");
        operator.postJson("api/it/sms/throw-next", "");
        operator.postJson("api/alerts/" + id + "/launch", "{}");
        awaitStatus(operator, id, "ACTIVE");

        JsonObject email = progressOf(operator, id, 0, "email");
        JsonObject sms = progressOf(operator, id, 0, "sms");
        assertEquals(email.getInt("total"), email.getInt("sent"));
        assertEquals(sms.getInt("total"), sms.getInt("sent"), "sent on the retry after the exception");
        assertTrue(sms.getInt("total") > 0);
        List<JsonObject> texts = smsAbout(reference);
        assertEquals(sms.getInt("total"), texts.size(), "the throwing attempt delivered nothing, the retry once each");
        assertEquals(
                texts.size(),
                texts.stream().map(t -> t.getString("address")).distinct().count());
    }

    @Test
    void theClockStartsAScheduledAlertAndEndsItWhenItExpires() throws Exception {
        PortalSession operator = login("op-dispatch");
        Instant start = Instant.now().plusSeconds(6);
        String json = AlertTestSupport.alertJson(
                        "BURGLARY_WARNING", "Let op: inbraken", AlertFixture.SCHEDULE, 150, "email")
                .replaceFirst(
                        "\\}$", ",\"startsAt\":\"" + start + "\",\"expiresAt\":\"" + start.plusSeconds(14) + "\"}");
        JsonObject alert = create(operator, json);
        long id = alert.getJsonNumber("id").longValue();
        JsonObject launched = json(operator.postJson("api/alerts/" + id + "/launch", "{}"));
        assertEquals("SCHEDULED", launched.getString("status"));
        assertTrue(AlertTestSupport.mailsAbout(alert.getString("reference")).isEmpty());

        awaitStatus(operator, id, "ACTIVE");
        assertTrue(Instant.now().isAfter(start), "not before its start time");
        assertEquals(
                2, AlertTestSupport.mailsAbout(alert.getString("reference")).size());
        awaitStatus(operator, id, "ENDED");
        JsonObject ended = json(operator.get("api/alerts/" + id));
        assertTrue(!ended.containsKey("outcome") || ended.isNull("outcome"), "expired quietly, no outcome");
    }

    @Test
    void aMunicipalityWithFourEyesNeedsASecondOperatorToApprove() throws Exception {
        PortalSession author = login("op-four-a");
        JsonObject alert = create(
                author, AlertTestSupport.alertJson("SUSPECT", "Verdachte", AlertFixture.FOUR_EYES_POINT, 200, "email"));
        long id = alert.getJsonNumber("id").longValue();
        assertTrue(alert.getBoolean("awaitingSecondOperator"));
        assertEquals(409, author.postJson("api/alerts/" + id + "/launch", "{}").statusCode());
        assertEquals(409, author.postJson("api/alerts/" + id + "/approve", "{}").statusCode());

        PortalSession second = login("op-four-b");
        JsonObject approved = json(second.postJson("api/alerts/" + id + "/approve", "{}"));
        assertEquals("APPROVED", approved.getString("status"));
        assertEquals("op-four-b", approved.getString("approvedBy"));
        assertEquals(
                "DISPATCHING",
                json(author.postJson("api/alerts/" + id + "/launch", "{}")).getString("status"));
        awaitStatus(author, id, "ACTIVE");
    }

    @Test
    void fourEyesCannotBeBypassedByRewritingTheDraftOrRevisingAfterApproval() throws Exception {
        PortalSession author = login("op-four-a");
        PortalSession reviser = login("op-four-b");
        PortalSession third = login("op-four-c");
        String draft = AlertTestSupport.alertJson("SUSPECT", "Verdachte", AlertFixture.FOUR_EYES_POINT, 200, "email");
        long id = create(author, draft).getJsonNumber("id").longValue();

        String rewritten =
                AlertTestSupport.alertJson("SUSPECT", "Herschreven", AlertFixture.FOUR_EYES_POINT, 200, "email");
        assertEquals(200, reviser.putJson("api/alerts/" + id, rewritten).statusCode());
        assertEquals(
                409, reviser.postJson("api/alerts/" + id + "/approve", "{}").statusCode(), "approving own text");
        assertEquals(409, author.postJson("api/alerts/" + id + "/approve", "{}").statusCode(), "still the author");
        JsonObject approved = json(third.postJson("api/alerts/" + id + "/approve", "{}"));
        assertEquals("APPROVED", approved.getString("status"));

        HttpResponse<String> revised = reviser.putJson("api/alerts/" + id, draft);
        assertEquals(200, revised.statusCode(), revised.body());
        JsonObject withdrawn = json(revised);
        assertEquals("DRAFT", withdrawn.getString("status"), "a revision withdraws the approval");
        assertTrue(!withdrawn.containsKey("approvedBy") || withdrawn.isNull("approvedBy"), withdrawn.toString());
        assertEquals(409, author.postJson("api/alerts/" + id + "/launch", "{}").statusCode());
        assertEquals(
                "CANCELLED",
                json(author.postJson("api/alerts/" + id + "/cancel", "{}")).getString("status"));
    }

    @Test
    void aVermistKindAlertReachesTheRegionWhileOthersStayInTheirMunicipality() throws Exception {
        PortalSession operator = login("op-dispatch");
        JsonObject local = json(operator.postJson(
                "api/alerts/preview", AlertTestSupport.previewJson("SUSPECT", AlertFixture.REGION, 300, "email")));
        assertEquals(3, local.getInt("participants"), local.toString());
        JsonObject region = json(operator.postJson(
                "api/alerts/preview", AlertTestSupport.previewJson("VERMIST_KIND", AlertFixture.REGION, 300, "email")));
        assertEquals(5, region.getInt("participants"), region.toString());

        JsonObject alert = create(
                operator,
                AlertTestSupport.alertJson(
                        "VERMIST_KIND", "Vermist kind: Sanne (7)", AlertFixture.REGION, 300, "email"));
        long id = alert.getJsonNumber("id").longValue();
        operator.postJson("api/alerts/" + id + "/launch", "{}");
        awaitStatus(operator, id, "ACTIVE");
        Map<String, List<MimeMessage>> mails = AlertTestSupport.mailsAbout(alert.getString("reference"));
        assertTrue(
                mails.containsKey("neighbour0@example.nl") && mails.containsKey("region0@example.nl"),
                mails.keySet().toString());

        PortalSession neighbour = login("op-neighbour");
        assertEquals(404, neighbour.get("api/alerts/" + id).statusCode(), "another municipality's alert");
        assertFalse(neighbour.get("api/alerts").body().contains(alert.getString("reference")));
    }

    @Test
    void aChannelTheCoreNeverHeardOfWorksEndToEndFromSignUpToProgress() throws Exception {
        PortalSession admin = login(AlertFixture.PAGER_ADMIN);
        // Signed up through the admin's import: the channels column names the pager by its Dutch label, the phone
        // column gives its number; a bad number and a channel Pieperdorp does not offer (SMS is deployed) are refused.
        HttpResponse<String> imported = admin.postCsv(
                "api/admin/participants/import",
                "email;telefoon;postcode;huisnummer;geboortejaar;kanalen\n"
                        + "pieper@example.nl;030 123 45 67;3601AB;5;1970;Pieper\n"
                        + "fout@example.nl;12345;3601AB;6;1970;pager\n"
                        + "sms@example.nl;06 12345678;3601AB;7;1970;sms\n");
        assertEquals(200, imported.statusCode(), imported.body());
        JsonObject report = json(imported);
        assertEquals(1, report.getInt("imported"), report.toString());
        List<JsonObject> rejected = report.getJsonArray("rejected").stream()
                .map(JsonValue::asJsonObject)
                .toList();
        assertEquals(List.of(3, 4), rejected.stream().map(r -> r.getInt("line")).toList(), report.toString());
        assertEquals("telefoon", rejected.get(0).getString("column"), report.toString());
        assertEquals("kanalen", rejected.get(1).getString("column"), report.toString());

        JsonObject page = json(admin.get("api/admin/participants?email=pieper%40example.nl"));
        long participant =
                page.getJsonArray("rows").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject stored = json(admin.get("api/admin/participants/" + participant));
        JsonObject pagerContact = stored.getJsonObject("details").getJsonArray("contacts").stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> c.getString("channel").equals(PagerTestChannel.ID))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no pager contact: " + stored));
        assertEquals("+31301234567", pagerContact.getString("address"));
        assertTrue(pagerContact.getBoolean("enabled"));
        JsonObject home =
                stored.getJsonObject("details").getJsonArray("addresses").getJsonObject(0);
        Coordinates at = new Coordinates(
                home.getJsonNumber("latitude").doubleValue(),
                home.getJsonNumber("longitude").doubleValue());

        PortalSession operator = login("op-pager");
        JsonObject preview = json(
                operator.postJson("api/alerts/preview", AlertTestSupport.previewJson("SUSPECT", at, 300, "pager")));
        assertEquals(1, preview.getJsonObject("perChannel").getInt("pager"), preview.toString());
        JsonObject alert =
                create(operator, AlertTestSupport.alertJson("SUSPECT", "Verdachte bij de molen", at, 300, "pager"));
        long id = alert.getJsonNumber("id").longValue();
        String reference = alert.getString("reference");
        json(operator.postJson("api/alerts/" + id + "/launch", "{}"));
        awaitStatus(operator, id, "ACTIVE");
        assertTrue(
                Await.until(DISPATCH, () -> {
                    try {
                        return progressOf(operator, id, 0, "pager").getInt("sent") == 1;
                    } catch (Exception | AssertionError e) {
                        return false;
                    }
                }),
                operator.get("api/alerts/" + id + "/progress").body());

        List<JsonObject> paged =
                Json.createReader(new StringReader(operator.get("api/it/pager").body())).readArray().stream()
                        .map(JsonValue::asJsonObject)
                        .filter(r -> r.getString("alert").equals(reference))
                        .toList();
        assertEquals(1, paged.size(), paged.toString());
        assertEquals("+31301234567", paged.get(0).getString("address"));
        assertTrue(
                paged.get(0).getString("unsubscribe").endsWith("&c=pager"),
                "its unsubscribe link turns the pager off, not e-mail: " + paged.get(0));
    }

    @Test
    void badRequestsAreRefusedWithTheFieldThatIsWrong() throws Exception {
        PortalSession operator = login("op-dispatch");
        HttpResponse<String> noArea = operator.postJson(
                "api/alerts", "{\"type\":\"SUSPECT\",\"title\":\"t\",\"body\":\"b\",\"channels\":[\"email\"]}");
        assertEquals(400, noArea.statusCode(), noArea.body());
        assertEquals("area", json(noArea).getString("field"));

        HttpResponse<String> unknownChannel = operator.postJson(
                "api/alerts", AlertTestSupport.alertJson("SUSPECT", "t", AlertFixture.LIFECYCLE, 200, "pigeon"));
        assertEquals(400, unknownChannel.statusCode(), unknownChannel.body());
        assertEquals("channels", json(unknownChannel).getString("field"));

        HttpResponse<String> twoLines = operator.postJson(
                "api/alerts",
                AlertTestSupport.alertJson(
                        "SUSPECT", "one\\r\\nBcc: x@evil.example", AlertFixture.LIFECYCLE, 200, "email"));
        assertEquals(400, twoLines.statusCode(), twoLines.body());

        HttpResponse<String> notJson = operator.postJson("api/alerts", "{\"type\":\"SUSPECT\",");
        assertEquals(400, notJson.statusCode(), notJson.body());
        assertEquals(400, json(notJson).getInt("status"));
        HttpResponse<String> unknownType = operator.postJson(
                "api/alerts", AlertTestSupport.alertJson("DRAGON", "t", AlertFixture.LIFECYCLE, 200, "email"));
        assertEquals(400, unknownType.statusCode(), unknownType.body());
        assertFalse(unknownType.body().contains("nl.burgernet"), "no internals: " + unknownType.body());
        HttpResponse<String> previewTooMany = operator.postJson("api/alerts/preview", polygonJson(501, true));
        assertEquals(400, previewTooMany.statusCode(), previewTooMany.body());

        String before = create(
                        operator, AlertTestSupport.alertJson("SUSPECT", "Ervoor", AlertFixture.LIFECYCLE, 200, "email"))
                .getString("reference");
        HttpResponse<String> tooManyCorners = operator.postJson("api/alerts", polygonJson(501, false));
        assertEquals(400, tooManyCorners.statusCode(), tooManyCorners.body());
        assertTrue(json(tooManyCorners).getString("error").contains("at most 500 corners"), tooManyCorners.body());
        JsonObject fiveHundred = create(operator, polygonJson(500, false));
        assertEquals(
                Integer.parseInt(before.substring(before.lastIndexOf('-') + 1)) + 1,
                Integer.parseInt(fiveHundred.getString("reference").substring(before.lastIndexOf('-') + 1)),
                "the refused save used up no reference");
        assertEquals(
                500, fiveHundred.getJsonObject("area").getJsonArray("polygon").size());

        JsonObject alert = create(
                operator, AlertTestSupport.alertJson("SUSPECT", "Verdachte", AlertFixture.LIFECYCLE, 200, "email"));
        long id = alert.getJsonNumber("id").longValue();
        assertEquals(
                409,
                operator.postJson("api/alerts/" + id + "/end", "{\"outcome\":\"x\"}")
                        .statusCode());
        assertEquals(
                "CANCELLED",
                json(operator.postJson("api/alerts/" + id + "/cancel", "{}")).getString("status"));
        assertEquals(
                409, operator.postJson("api/alerts/" + id + "/launch", "{}").statusCode());
        assertEquals(404, operator.get("api/alerts/987654321").statusCode());
    }

    @Test
    void malformedAlertRequestsAre400InJsonOnEveryCallAndARefusedSaveUsesUpNoReference() throws Exception {
        PortalSession operator = login("op-dispatch");
        String valid = AlertTestSupport.alertJson("SUSPECT", "Eerste", AlertFixture.LIFECYCLE, 200, "email");
        JsonObject first = create(operator, valid);
        long id = first.getJsonNumber("id").longValue();
        String farTooLong = "{\"incidentAddress\":\"" + "Kerkstraat ".repeat(30) + "\"," + valid.substring(1);
        List<HttpResponse<String>> refused = List.of(
                operator.get("api/alerts?status=SENDING"),
                operator.get("api/alerts?max=many"),
                operator.putJson("api/alerts/" + id, "{\"type\":"),
                operator.putJson(
                        "api/alerts/" + id, valid.replace("\"SUSPECT\"", "\"SUSPECT\",\"priority\":\"URGENT\"")),
                operator.postJson("api/alerts/preview", "[1,2"),
                operator.postJson(
                        "api/alerts/preview",
                        AlertTestSupport.previewJson("UFO", AlertFixture.LIFECYCLE, 200, "email")),
                operator.postJson("api/alerts/" + id + "/updates", "{\"title\":"),
                operator.postJson("api/alerts/" + id + "/end", "not json"),
                operator.postJson("api/alerts", farTooLong));
        for (HttpResponse<String> response : refused) {
            assertEquals(400, response.statusCode(), response.uri() + ": " + response.body());
            assertEquals(400, json(response).getInt("status"), response.body());
            assertFalse(
                    response.body().contains("nl.burgernet") || response.body().contains("Exception"), response.body());
        }
        assertEquals("incidentAddress", json(refused.getLast()).getString("field"));

        String next = create(operator, valid).getString("reference");
        String before = first.getString("reference");
        assertEquals(
                Integer.parseInt(before.substring(before.lastIndexOf('-') + 1)) + 1,
                Integer.parseInt(next.substring(next.lastIndexOf('-') + 1)),
                "the refused saves used up no reference");
    }

    @Test
    void aHangingChannelDelaysNoneOfTheOtherSixAndItsDeliveriesAreRetriedThenDeadLettered() throws Exception {
        PortalSession operator = login("op-lanes");
        String[] channels = AlertFixture.SEVEN_CHANNELS.toArray(String[]::new);
        JsonObject draft = create(
                operator,
                AlertTestSupport.alertJson(
                        "SUSPECT", "Verdachte bij de haven", AlertFixture.LANES_POINT, 300, channels));
        long id = draft.getJsonNumber("id").longValue();
        Instant launched = Instant.now();
        assertEquals(
                200, operator.postJson("api/alerts/" + id + "/launch", "{}").statusCode());

        List<String> others = AlertFixture.SEVEN_CHANNELS.stream()
                .filter(c -> !c.equals(HangingChannel.ID))
                .toList();
        boolean othersDone = Await.until(DISPATCH, () -> {
            for (String channel : others) {
                if (progressNow(operator, id, channel).getInt("sent") != 10) {
                    return false;
                }
            }
            return true;
        });
        Duration othersTook = Duration.between(launched, Instant.now());
        assertTrue(
                othersDone,
                "the six other channels finish: "
                        + operator.get("api/alerts/" + id + "/progress").body());
        JsonObject hanging = progressOf(operator, id, 0, HangingChannel.ID);
        assertEquals(0, hanging.getInt("sent"), "the hanging channel sent nothing: " + hanging);
        assertTrue(hanging.getInt("pending") > 0, "when the others are done the hanging one still waits: " + hanging);

        assertTrue(
                Await.until(DISPATCH, () -> progressNow(operator, id, HangingChannel.ID)
                        .getBoolean("degraded")),
                "the hanging channel is marked degraded");
        String reason = progressOf(operator, id, 0, HangingChannel.ID).getString("degradedReason");
        assertTrue(reason.contains("did not finish a batch within 2 s"), reason);
        String health =
                login(AlertFixture.PLATFORM_ADMIN).get("api/admin/health").body();
        assertTrue(health.contains("delivery-channels") && health.contains("degraded"), health);

        assertTrue(
                Await.until(
                        DISPATCH,
                        () -> progressNow(operator, id, HangingChannel.ID).getInt("dead") == 10),
                "after its attempts the hanging channel's deliveries are dead-lettered: "
                        + progressOf(operator, id, 0, HangingChannel.ID));
        awaitStatus(operator, id, "ACTIVE");
        JsonArray dead = Json.createReader(new StringReader(operator.get("api/alerts/" + id + "/deliveries?status=DEAD")
                        .body()))
                .readArray();
        assertEquals(10, dead.size(), dead.toString());
        for (JsonValue d : dead) {
            String error = d.asJsonObject().getString("lastError");
            assertEquals(HangingChannel.ID, d.asJsonObject().getString("channel"));
            assertTrue(error.startsWith("Gave up after 3 attempts: The channel 'hanging'"), error);
        }

        assertEquals(204, operator.postJson("api/it/lanes/release", "{}").statusCode());
        JsonObject state = json(operator.get("api/it/lanes"));
        assertTrue(
                Await.until(DISPATCH, () -> {
                    JsonObject now = lanesState(operator);
                    return now.getInt("hangingReturned") == now.getInt("hangingCalls");
                }),
                state.toString());
        assertTrue(state.getInt("hangingCalls") <= 2, "a stuck lane stops calling the plugin: " + state);
        Thread.sleep(1_000);
        JsonObject after = progressOf(operator, id, 0, HangingChannel.ID);
        assertEquals(10, after.getInt("dead"), "late answers of a given-up attempt change nothing: " + after);
        assertEquals(0, after.getInt("sent"), after.toString());
        System.out.println(
                "BENCH lanes: six channels done after " + othersTook.toMillis() + " ms while the seventh hung");
    }

    // --- helpers

    /** An alert (or preview) over a polygon of {@code corners} corners on a small circle around the lifecycle point. */
    private static String polygonJson(int corners, boolean preview) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < corners; i++) {
            Coordinates c = AlertFixture.LIFECYCLE.moved(360.0 * i / corners, 300);
            points.append(i == 0 ? "" : ",")
                    .append("{\"latitude\":")
                    .append(c.latitude())
                    .append(",\"longitude\":")
                    .append(c.longitude())
                    .append("}");
        }
        String area = "{\"polygon\":[" + points + "]}";
        return preview
                ? "{\"type\":\"SUSPECT\",\"area\":" + area + ",\"channels\":[\"email\"]}"
                : "{\"type\":\"SUSPECT\",\"title\":\"Veelhoek\",\"body\":\"Kijk goed.\",\"area\":" + area
                        + ",\"channels\":[\"email\"]}";
    }

    private PortalSession login(String user) throws Exception {
        return PortalSession.login(portalUrl.toURI(), user, AlertFixture.PASSWORD);
    }

    private static JsonObject create(PortalSession operator, String json) throws Exception {
        HttpResponse<String> response = operator.postJson("api/alerts", json);
        assertEquals(201, response.statusCode(), response.body());
        return json(response);
    }

    private static void awaitStatus(PortalSession operator, long id, String status) throws Exception {
        String[] last = {""};
        boolean reached = Await.until(DISPATCH, () -> {
            try {
                last[0] = json(operator.get("api/alerts/" + id)).getString("status");
                return status.equals(last[0]);
            } catch (Exception e) {
                return false;
            }
        });
        assertTrue(
                reached,
                "alert " + id + " should become " + status + " but is " + last[0] + "; progress "
                        + operator.get("api/alerts/" + id + "/progress").body());
    }

    private static JsonObject progressOf(PortalSession operator, long id, int sequence, String channel)
            throws Exception {
        JsonArray all = Json.createReader(new StringReader(
                        operator.get("api/alerts/" + id + "/progress").body()))
                .readArray();
        return all.stream()
                .map(JsonValue::asJsonObject)
                .filter(p -> p.getInt("sequence") == sequence
                        && p.getString("channel").equals(channel))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no progress for " + channel + " in " + all));
    }

    /** {@link #progressOf} of the first message, for a polled condition: nothing written yet reads as nothing sent. */
    private static JsonObject progressNow(PortalSession operator, long id, String channel) {
        try {
            return progressOf(operator, id, 0, channel);
        } catch (AssertionError notYet) {
            return Json.createObjectBuilder()
                    .add("sent", 0)
                    .add("pending", 1)
                    .add("dead", 0)
                    .add("degraded", false)
                    .add("degradedReason", "")
                    .build();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject lanesState(PortalSession session) {
        try {
            return json(session.get("api/it/lanes"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private List<JsonObject> smsAbout(String reference) throws Exception {
        PortalSession anyone = login("op-dispatch");
        return Json.createReader(new StringReader(anyone.get("api/it/sms").body())).readArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(t -> t.getString("alert").equals(reference))
                .toList();
    }
}
