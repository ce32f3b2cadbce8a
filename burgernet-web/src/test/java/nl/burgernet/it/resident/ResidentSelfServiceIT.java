package nl.burgernet.it.resident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.burgernet.application.resident.LinkToken;
import nl.burgernet.application.resident.ResidentLinks;
import nl.burgernet.channel.testkit.RecordingChannel;
import nl.burgernet.it.alerts.SmsTestChannel;
import nl.burgernet.it.support.Await;
import nl.burgernet.it.support.IntegrationTestServices;
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
 * Resident self-service end to end, as a resident's browser and mail client do it: plain HTTP, the real pages, the
 * real mails in the embedded mail server. Admin REST (another tenant-checked path) confirms what was stored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResidentSelfServiceIT {

    /** The links secret of this deployment, so the test can build links as the e-mail dispatcher would. */
    private static final String SECRET = "resident-self-service-it-secret-0123456789";

    private static final String PUBLIC_URL = "https://burgernet.example.test/";
    private static final Pattern LINK =
            Pattern.compile(Pattern.quote(PUBLIC_URL) + "(resident/(?:confirm|manage)\\.xhtml\\?t=[0-9A-Za-z._-]+)");
    private static final AtomicInteger RESIDENTS = new AtomicInteger();

    @Deployment
    static WebArchive deployment() {
        // The SMS test channel: Stichtse Vecht offers e-mail and SMS, and the forms show only deployed channels.
        return PortalDeployment.withoutPlugin(
                        "burgernet-channel-sms",
                        ResidentMunicipalities.class,
                        PreferencesLinkProbe.class,
                        SmsTestChannel.class,
                        RecordingChannel.class,
                        RecordingChannel.Delivery.class)
                .addAsResource(
                        new StringAsset(
                                "burgernet.links.secret=" + SECRET + "\nburgernet.base-url=" + PUBLIC_URL + "\n"),
                        "META-INF/microprofile-config.properties");
    }

    @ArquillianResource
    URL portalUrl;

    @Test
    void signUpMailsAConfirmationLinkThatActivatesTheParticipant() throws Exception {
        String email = newAddress();
        ResidentBrowser browser = browser("nl-NL,nl;q=0.9");

        HttpResponse<String> done = signUp(browser, email, "3601AB", "12");

        assertTrue(done.body().contains("Kijk in uw mailbox"), done.body());
        MimeMessage mail = onlyMailTo(email);
        assertEquals("Bevestig uw aanmelding voor Burgernet Stichtse Vecht", mail.getSubject());
        assertEquals("burgernet@stichtsevecht.nl", ((InternetAddress) mail.getFrom()[0]).getAddress());
        assertEquals("auto-generated", mail.getHeader("Auto-Submitted", null));
        assertTrue(mail.getContentType().startsWith("multipart/alternative"));
        String link = link(mail);
        assertTrue(link.startsWith("resident/confirm.xhtml?t="), link);
        assertEquals("AWAITING_CONFIRMATION", participant(email).getString("status"));

        HttpResponse<String> confirmed = browser.get(link);

        assertTrue(confirmed.body().contains("data-status=\"CONFIRMED\""), confirmed.body());
        assertTrue(confirmed.body().contains("Uw aanmelding voor Burgernet Stichtse Vecht is bevestigd"));
        assertEquals("ACTIVE", participant(email).getString("status"));
    }

    @Test
    void oneClickUnsubscribeWithoutCookiesTurnsEmailOffAndTheManageLinkTurnsItBackOn() throws Exception {
        String email = newAddress();
        ResidentBrowser browser = browser("nl");
        String manageToken = signUpAndConfirm(browser, email, "3601AB", "14");
        LinkToken token = LinkToken.parse(manageToken).orElseThrow();
        // Built as the e-mail dispatcher builds it: from the ids and the secret, nothing stored.
        String url = links().unsubscribeUrl(token.municipalityId(), token.participantId(), "email");
        assertTrue(url.startsWith(PUBLIC_URL + "resident/unsubscribe?t="), url);
        URI unsubscribe = base().resolve(url.substring(PUBLIC_URL.length()));

        HttpResponse<String> page =
                mailClient(HttpRequest.newBuilder(unsubscribe).GET());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<form method=\"post\""), page.body());
        assertTrue(isOn(participant(email), "email"), "GET must not unsubscribe");

        HttpResponse<String> oneClick = mailClient(HttpRequest.newBuilder(unsubscribe)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")));

        assertEquals(200, oneClick.statusCode(), oneClick.body());
        assertTrue(oneClick.headers().allValues("Set-Cookie").isEmpty(), "no session for a one-click unsubscribe");
        assertTrue(oneClick.body().contains("U bent afgemeld"), oneClick.body());
        JsonObject off = participant(email);
        assertFalse(isOn(off, "email"));
        assertEquals("UNSUBSCRIBED", off.getString("status"));

        HttpResponse<String> manage = browser.get("resident/manage.xhtml?t=" + manageToken);
        HttpResponse<String> on = browser.submit(manage, "emailOnForm", "turnEmailOn", Map.of());

        assertTrue(on.body().contains("E-mail staat weer aan"), on.body());
        JsonObject back = participant(email);
        assertTrue(isOn(back, "email"));
        assertEquals("ACTIVE", back.getString("status"));

        // A link in a mail sent before links named their channel still works: it turns e-mail off.
        String old = links().unsubscribeToken(token.municipalityId(), token.participantId(), "");
        assertEquals(200, oneClickUnsubscribe(old).statusCode());
        assertFalse(isOn(participant(email), "email"));
    }

    @Test
    void theSettingsPageSavesNewAddressesAndChannels() throws Exception {
        String email = newAddress();
        ResidentBrowser browser = browser("en");
        String manageToken = signUpAndConfirm(browser, email, "3601AB", "16");

        HttpResponse<String> manage = browser.get("resident/manage.xhtml?t=" + manageToken);
        assertTrue(manage.body().contains("data-status=\"ACTIVE\""), manage.body());
        String sms = contactRow(manage.body(), "manageForm", "sms");
        HttpResponse<String> saved = browser.submit(
                manage,
                "manageForm",
                "save",
                Map.of(
                        "addresses:1:postcode",
                        "3603 AK",
                        "addresses:1:houseNumber",
                        "5b",
                        sms + ":on",
                        "on",
                        sms + ":number",
                        "06 12345678",
                        "quietFrom",
                        "23:00",
                        "quietTo",
                        "07:00"));

        assertTrue(saved.body().contains("Your changes have been saved"), saved.body());
        JsonObject details = participant(email).getJsonObject("details");
        assertEquals(2, details.getJsonArray("addresses").size());
        assertEquals(
                "3603AK", details.getJsonArray("addresses").getJsonObject(1).getString("postcode"));
        assertTrue(isOn(participant(email), "sms"));
        assertEquals("+31612345678", contact(participant(email), "sms").getString("address"));
    }

    @Test
    void aNewEmailAddressIsConfirmedBeforeItIsUsedAndTheOldLinkDies() throws Exception {
        String before = newAddress();
        String after = newAddress();
        ResidentBrowser browser = browser("nl");
        String manageToken = signUpAndConfirm(browser, before, "3601AB", "28");

        HttpResponse<String> manage = browser.get("resident/manage.xhtml?t=" + manageToken);
        HttpResponse<String> saved = browser.submit(manage, "manageForm", "save", Map.of("email", after));

        assertTrue(saved.body().contains("Wij hebben een e-mail gestuurd naar uw nieuwe adres"), saved.body());
        assertEquals("AWAITING_CONFIRMATION", participant(after).getString("status"));
        assertTrue(browser("nl")
                .get("resident/manage.xhtml?t=" + manageToken)
                .body()
                .contains("id=\"invalid\""));
        MimeMessage mail = onlyMailTo(after);
        assertEquals("Bevestig uw nieuwe e-mailadres voor Burgernet Stichtse Vecht", mail.getSubject());

        HttpResponse<String> confirmed = browser("nl").get(link(mail));

        assertTrue(confirmed.body().contains("data-status=\"CONFIRMED\""), confirmed.body());
        assertEquals("ACTIVE", participant(after).getString("status"));
    }

    @Test
    void exportReturnsTheResidentsDataAsJsonAndEraseRemovesIt() throws Exception {
        String email = newAddress();
        ResidentBrowser browser = browser("nl");
        String manageToken = signUpAndConfirm(browser, email, "3601AB", "18");

        HttpResponse<String> export = export(manageToken);

        assertEquals(200, export.statusCode(), export.body());
        assertTrue(export.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(export.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        JsonObject data = json(export.body());
        assertEquals("Stichtse Vecht", data.getJsonObject("municipality").getString("name"));
        assertEquals(email, data.getJsonObject("participant").getString("email"));
        assertEquals(
                "3601AB",
                data.getJsonObject("participant")
                        .getJsonArray("addresses")
                        .getJsonObject(0)
                        .getString("postcode"));
        assertTrue(data.getJsonArray("history").toString().contains("RESIDENT_CONFIRMED"), data.toString());

        HttpResponse<String> erasePage = browser.get("resident/erase.xhtml?t=" + manageToken);
        HttpResponse<String> erased = browser.submit(erasePage, "eraseForm", "confirm", Map.of());

        assertTrue(erased.body().contains("id=\"erased\""), erased.body());
        assertEquals(
                0,
                admin(ResidentMunicipalities.ADMIN_STICHTSE_VECHT).search(email).getInt("total"));
        assertEquals(404, export(manageToken).statusCode());
        assertTrue(browser.get("resident/manage.xhtml?t=" + manageToken).body().contains("id=\"invalid\""));
    }

    @Test
    void forgedTokensAndTokensForAnotherMunicipalitysResidentGetNothing() throws Exception {
        String inSv = newAddress();
        String inDrv = newAddress();
        String svToken = signUpAndConfirm(browser("nl"), inSv, "3601AB", "20");
        String drvToken = signUpAndConfirm(browser("nl"), inDrv, "3641AB", "20");
        assertEquals(
                1,
                admin(ResidentMunicipalities.ADMIN_DE_RONDE_VENEN).search(inDrv).getInt("total"));
        LinkToken sv = LinkToken.parse(svToken).orElseThrow();
        LinkToken drv = LinkToken.parse(drvToken).orElseThrow();

        String forgedMac = sv.municipalityId() + "." + sv.participantId() + ".AAAAAAAAAAAAAAAAAAAAAA";
        String otherMunicipality = drv.municipalityId() + "." + sv.participantId() + "." + sv.mac();
        // Correctly signed, but naming De Ronde Venen's resident under Stichtse Vecht: only the tenant filter stops it.
        String signedAcrossTenants = links().unsubscribeToken(sv.municipalityId(), drv.participantId(), "");
        String manageAcrossTenants = links().manageToken(sv.municipalityId(), drv.participantId(), "", Instant.now());

        for (String token : List.of(forgedMac, otherMunicipality, signedAcrossTenants)) {
            assertEquals(404, oneClickUnsubscribe(token).statusCode(), token);
        }
        for (String token : List.of(forgedMac, otherMunicipality, manageAcrossTenants)) {
            assertEquals(404, export(token).statusCode(), token);
            assertTrue(
                    browser("nl").get("resident/manage.xhtml?t=" + token).body().contains("id=\"invalid\""));
        }
        assertTrue(isOn(participant(inSv), "email"));
        JsonObject other = admin(ResidentMunicipalities.ADMIN_DE_RONDE_VENEN).participant(inDrv);
        assertTrue(isOn(other, "email"));
    }

    @Test
    void validationErrorsAreShownInTheBrowsersLanguageAndTheFormKeepsWhatWasTyped() throws Exception {
        HttpResponse<String> dutch = signUp(browser("nl-NL,nl;q=0.9,en;q=0.5"), "jan@", "12345", "12");
        HttpResponse<String> english = signUp(browser("en-GB,en;q=0.9"), "jan@", "12345", "12");

        assertTrue(dutch.body().contains("Vul een geldige postcode in"), dutch.body());
        assertTrue(dutch.body().contains("Vul een geldig e-mailadres in"), dutch.body());
        assertTrue(dutch.body().contains("Adres 1:"), dutch.body());
        assertTrue(dutch.body().contains("value=\"jan@\""), "the typed address stays in the form");
        assertTrue(english.body().contains("Please enter a valid postcode"), english.body());
    }

    @Test
    void signingUpAgainRevealsNothingAndMailsTheOwnerANewLink() throws Exception {
        String email = newAddress();
        String firstToken = signUpAndConfirm(browser("nl"), email, "3601AB", "22");
        String firstPage = signUp(browser("nl"), newAddress(), "3601AB", "23").body();

        HttpResponse<String> again = signUp(browser("nl"), email, "3603AK", "99");

        assertTrue(again.body().contains("Kijk in uw mailbox"), again.body());
        assertEquals(
                doneText(firstPage).replaceAll("\\S+@example\\.nl", "X"),
                doneText(again.body()).replaceAll("\\S+@example\\.nl", "X"));
        MimeMessage mail = latestMailTo(email, 2);
        assertEquals("U bent al aangemeld bij Burgernet Stichtse Vecht", mail.getSubject());
        String newManage = link(mail);
        assertTrue(newManage.startsWith("resident/manage.xhtml?t="), newManage);
        assertEquals(
                "3601AB",
                participant(email)
                        .getJsonObject("details")
                        .getJsonArray("addresses")
                        .getJsonObject(0)
                        .getString("postcode"),
                "an unconfirmed form never changes a confirmed registration");
        assertTrue(browser("nl").get(newManage).body().contains("data-status=\"ACTIVE\""));
        // Whoever typed the address into the form ends none of the owner's links.
        assertTrue(browser("nl")
                .get("resident/manage.xhtml?t=" + firstToken)
                .body()
                .contains("data-status=\"ACTIVE\""));
    }

    @Test
    void theLinkInAnAlertMailSwitchesChannelsButShowsExportsErasesAndReaddressesNothing() throws Exception {
        String email = newAddress();
        ResidentBrowser browser = browser("en");
        signUpAndConfirm(browser, email, "3601AB", "30");
        String preferences = preferencesLink(email, 0);

        HttpResponse<String> page = browser.get(preferences);

        assertTrue(page.body().contains("id=\"preferencesOnly\""), page.body());
        String shown = page.body().replaceAll("name=\"jakarta.faces.ViewState\"[^>]*>", "");
        for (String personal : List.of(email, "3601", "1980", "manageForm", "exportForm", "toErase")) {
            assertFalse(shown.contains(personal), "a forwarded alert mail shows no " + personal);
        }
        String token = preferences.substring(preferences.indexOf("?t=") + 3);
        assertEquals(404, export(token).statusCode(), "no download with an alert mail's link");
        assertTrue(browser.get("resident/erase.xhtml?t=" + token).body().contains("id=\"invalid\""));

        String email0 = channelRow(page.body(), "email");
        HttpResponse<String> off = browser.submit(
                page, "preferencesForm", "savePreferences", Map.of(email0 + ":on", ResidentBrowser.UNTICKED));
        assertTrue(off.body().contains("Your choice has been saved"), off.body());
        assertFalse(isOn(participant(email), "email"));
        assertEquals("UNSUBSCRIBED", participant(email).getString("status"));
        browser.submit(off, "preferencesForm", "savePreferences", Map.of(email0 + ":on", "on"));
        assertTrue(isOn(participant(email), "email"));

        // Everything else: a link mailed to the address on record, never shown on the page.
        HttpResponse<String> asked = browser.submit(page, "manageLinkForm", "mailManageLink", Map.of());
        assertTrue(asked.body().contains("a link to all its details has been sent"), asked.body());
        assertFalse(asked.body().contains("manage.xhtml?t="), "the link goes by mail only");
        String manage = link(latestMailTo(email, 2));
        assertTrue(browser("nl").get(manage).body().contains("id=\"manageForm\""));
    }

    @Test
    void theLinkInAnAlertMailExpiresAfterThirtyDays() throws Exception {
        String email = newAddress();
        signUpAndConfirm(browser("nl"), email, "3601AB", "32");

        assertTrue(browser("nl").get(preferencesLink(email, 29)).body().contains("id=\"preferencesOnly\""));
        assertTrue(browser("nl").get(preferencesLink(email, 31)).body().contains("id=\"invalid\""));
    }

    @Test
    void askingForSomeonesLinkEndsNoneOfTheirLinksAlsoWhenTheMailIsThrottled() throws Exception {
        String email = newAddress();
        String manageToken = signUpAndConfirm(browser("nl"), email, "3601AB", "34");
        String preferences = preferencesLink(email, 0);

        for (int i = 0; i < 6; i++) { // the sign-up's mail and four links fill the hour's five; two are refused
            requestLink(email);
        }

        assertEquals(5, mailsTo(email).size());
        assertTrue(browser("nl")
                .get("resident/manage.xhtml?t=" + manageToken)
                .body()
                .contains("id=\"manageForm\""));
        assertTrue(browser("nl").get(preferences).body().contains("id=\"preferencesOnly\""));
    }

    @Test
    void personalLinkRequestAnswersTheSameForKnownAndUnknownAddresses() throws Exception {
        String known = newAddress();
        String unknown = newAddress();
        signUpAndConfirm(browser("en"), known, "3601AB", "24");

        HttpResponse<String> forKnown = requestLink(known);
        HttpResponse<String> forUnknown = requestLink(unknown);

        assertEquals(doneBlock(forKnown.body()), doneBlock(forUnknown.body()));
        MimeMessage mail = latestMailTo(known, 2);
        // Asked on the English page, but mailed in the language the resident chose at sign-up.
        assertEquals("Uw persoonlijke link voor Burgernet Stichtse Vecht", mail.getSubject());
        assertTrue(link(mail).startsWith("resident/manage.xhtml?t="));
        // Mails leave before the page answers, and the known address's mail (asked for first) is in already.
        assertEquals(0, mailsTo(unknown).size());
    }

    @Test
    void residentPagesLeakNoTokenThroughTheReferrerAndAreNotCached() throws Exception {
        String email = newAddress();
        String manageToken = signUpAndConfirm(browser("nl"), email, "3601AB", "26");

        for (String page : List.of(
                "resident/signup.xhtml",
                "resident/manage.xhtml?t=" + manageToken,
                "resident/unsubscribe?t=" + manageToken)) {
            HttpResponse<String> r = browser("nl").get(page);
            assertEquals(
                    "no-referrer", r.headers().firstValue("Referrer-Policy").orElse(""), page);
            assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""), page);
        }
    }

    // --- what a resident does -------------------------------------------------------------------------------

    private HttpResponse<String> signUp(ResidentBrowser browser, String email, String postcode, String number)
            throws Exception {
        HttpResponse<String> form = browser.get("resident/signup.xhtml");
        assertEquals(200, form.statusCode(), form.body());
        return browser.submit(
                form,
                "signUpForm",
                "submit",
                Map.of(
                        "email", email,
                        "addresses:0:postcode", postcode,
                        "addresses:0:houseNumber", number,
                        "birthYear", "1980",
                        "language", "nl"));
    }

    /** Signs up, follows the mailed confirmation link, and answers the manage token the page then offers. */
    private String signUpAndConfirm(ResidentBrowser browser, String email, String postcode, String number)
            throws Exception {
        signUp(browser, email, postcode, number);
        HttpResponse<String> confirmed = browser.get(link(onlyMailTo(email)));
        Matcher manage = Pattern.compile("manage\\.xhtml\\?t=([0-9A-Za-z._-]+)").matcher(confirmed.body());
        assertTrue(manage.find(), confirmed.body());
        return manage.group(1);
    }

    private HttpResponse<String> requestLink(String email) throws Exception {
        ResidentBrowser browser = browser("en");
        return browser.submit(browser.get("resident/link.xhtml"), "linkForm", "submit", Map.of("email", email));
    }

    private HttpResponse<String> export(String token) throws Exception {
        return mailClient(HttpRequest.newBuilder(base().resolve("resident/export"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("t=" + URLEncoder.encode(token, StandardCharsets.UTF_8))));
    }

    private HttpResponse<String> oneClickUnsubscribe(String token) throws Exception {
        return mailClient(HttpRequest.newBuilder(base().resolve("resident/unsubscribe?t=" + token))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")));
    }

    /** A client with no cookie store at all, as a mail provider's unsubscribe robot. */
    private static HttpResponse<String> mailClient(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private ResidentBrowser browser(String acceptLanguage) throws Exception {
        return new ResidentBrowser(base(), acceptLanguage);
    }

    // --- what the portal sent and stored --------------------------------------------------------------------

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(IntegrationTestServices.services()
                        .mailServer()
                        .greenMail()
                        .getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(
                                        a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(address));
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toList();
    }

    private static MimeMessage onlyMailTo(String address) throws Exception {
        return latestMailTo(address, 1);
    }

    private static MimeMessage latestMailTo(String address, int expected) throws Exception {
        assertTrue(
                Await.until(Duration.ofSeconds(20), () -> mailsTo(address).size() >= expected),
                "expected " + expected + " mail(s) to " + address);
        List<MimeMessage> mails = mailsTo(address);
        assertEquals(expected, mails.size());
        return mails.get(mails.size() - 1);
    }

    /** The link in the mail's text part, relative to the portal, checked to start with the public URL. */
    private static String link(MimeMessage mail) throws Exception {
        String text =
                (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
        Matcher m = LINK.matcher(text);
        assertTrue(m.find(), text);
        return m.group(1);
    }

    /** The contact point of one channel in the admin API's participant JSON. */
    private static JsonObject contact(JsonObject participant, String channel) {
        return participant.getJsonObject("details").getJsonArray("contacts").stream()
                .map(jakarta.json.JsonValue::asJsonObject)
                .filter(c -> c.getString("channel").equals(channel))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + channel + " contact: " + participant));
    }

    private static boolean isOn(JsonObject participant, String channel) {
        return contact(participant, channel).getBoolean("enabled");
    }

    /**
     * The id prefix of a channel's row in the form's contact repeat ("contacts:1"), found by its tick box's
     * {@code data-channel}: the rows follow the channels offered, not a fixed list.
     */
    private static String contactRow(String html, String formId, String channel) {
        java.util.regex.Matcher box = java.util.regex.Pattern.compile(
                        "<input[^>]*name=\"" + formId + ":(contacts:\\d+):on\"[^>]*>")
                .matcher(html);
        while (box.find()) {
            if (box.group().contains("data-channel=\"" + channel + "\"")) {
                return box.group(1);
            }
        }
        throw new AssertionError("no tick box for " + channel + " on the page:\n" + html);
    }

    /** The preferences link an alert message sent {@code daysAgo} days ago carries, relative to the portal. */
    private String preferencesLink(String email, int daysAgo) throws Exception {
        HttpResponse<String> r = mailClient(HttpRequest.newBuilder(base().resolve("it/preferences-link?days-ago="
                        + daysAgo + "&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)))
                .GET());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().startsWith(PUBLIC_URL + "resident/manage.xhtml?t="), r.body());
        return r.body().substring(PUBLIC_URL.length());
    }

    /** The id prefix of a channel's row on the preferences page ("channels:0"), by its tick box's data-channel. */
    private static String channelRow(String html, String channel) {
        Matcher box = Pattern.compile("<input[^>]*name=\"preferencesForm:(channels:\\d+):on\"[^>]*>")
                .matcher(html);
        while (box.find()) {
            if (box.group().contains("data-channel=\"" + channel + "\"")) {
                return box.group(1);
            }
        }
        throw new AssertionError("no tick box for " + channel + " on the page:\n" + html);
    }

    private JsonObject participant(String email) throws Exception {
        return admin(ResidentMunicipalities.ADMIN_STICHTSE_VECHT).participant(email);
    }

    private Admin admin(String username) throws Exception {
        return new Admin(PortalSession.login(base(), username, ResidentMunicipalities.PASSWORD));
    }

    private record Admin(PortalSession session) {

        JsonObject search(String email) throws Exception {
            HttpResponse<String> r =
                    session.get("api/admin/participants?email=" + URLEncoder.encode(email, StandardCharsets.UTF_8));
            assertEquals(200, r.statusCode(), r.body());
            return json(r.body());
        }

        JsonObject participant(String email) throws Exception {
            JsonObject page = search(email);
            assertEquals(1, page.getInt("total"), page.toString());
            long id = page.getJsonArray("rows")
                    .getJsonObject(0)
                    .getJsonNumber("id")
                    .longValue();
            HttpResponse<String> r = session.get("api/admin/participants/" + id);
            assertEquals(200, r.statusCode(), r.body());
            return json(r.body());
        }
    }

    private static ResidentLinks links() {
        return new ResidentLinks(PUBLIC_URL, SECRET.getBytes(StandardCharsets.UTF_8), Duration.ofDays(7));
    }

    private static String doneText(String page) {
        Matcher m =
                Pattern.compile("id=\"done\"[^>]*>(.*?)</div>", Pattern.DOTALL).matcher(page);
        assertTrue(m.find(), page);
        return m.group(1);
    }

    private static String doneBlock(String page) {
        Matcher m =
                Pattern.compile("id=\"sent\"[^>]*>(.*?)</div>", Pattern.DOTALL).matcher(page);
        assertTrue(m.find(), page);
        return m.group(1).strip();
    }

    private static String newAddress() {
        return "resident" + RESIDENTS.incrementAndGet() + "." + System.nanoTime() + "@example.nl";
    }

    private URI base() throws Exception {
        return portalUrl.toURI();
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
