package nl.burgernet.it.operator;

import static nl.burgernet.it.operator.OperatorUiFixture.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.burgernet.channel.testkit.RecordingChannel;
import nl.burgernet.domain.model.geo.Coordinates;
import nl.burgernet.it.alerts.AlertFixtureWriter;
import nl.burgernet.it.alerts.SmsTestChannel;
import nl.burgernet.it.support.Browser;
import nl.burgernet.it.support.IntegrationTestServices;
import nl.burgernet.it.support.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;

/**
 * The control room in a real browser (headless Chromium), as a new operator would use it: open a new alert, click
 * the incident on the map in Maarssen, read the live count, launch, watch the progress bars fill, send an update and
 * end the alert with its outcome; and the four-eyes path, where a second operator approves and launches. Mails go to
 * the test's GreenMail, SMS to the test kit's recording channel.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperatorUiIT {

    private static final By LIVE_COUNT = By.id("alertForm:liveCount");
    private static final By STATUS = By.id("alertPage:status");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withoutPlugin(
                "burgernet-channel-sms",
                OperatorUiFixture.class,
                AlertFixtureWriter.class,
                SmsTestChannel.class,
                RecordingChannel.class,
                RecordingChannel.Delivery.class);
    }

    @ArquillianResource
    URL portalUrl;

    @Test
    void anOperatorDrawsTheCircleInMaarssenLaunchesWatchesTheProgressAndEndsWithTheOutcome() throws Exception {
        try (Browser browser = login(OperatorUiFixture.OPERATOR)) {
            assertEquals("operator/index.xhtml", browser.path());
            assertTrue(browser.text().contains("Alerts – " + OperatorUiFixture.VECHT_NAME), browser.text());
            browser.click(By.id("alertsForm:newAlert"));
            browser.until(d -> browser.path().equals("operator/alert-form.xhtml"));
            assertTrue(browser.find(LIVE_COUNT).getText().startsWith("Click on the map or draw"));

            browser.clickAndWait(By.id("alertForm:saveDraft"));
            String refused = browser.text();
            assertTrue(refused.contains("Enter a title of one line, at most 200 characters."), refused);
            assertTrue(refused.contains("Click on the map to set the incident point, or draw an area"), refused);
            assertTrue(browser.find(By.id("alertForm:areaMessage")).getText().contains("Click on the map"));
            browser.type(By.id("alertForm:title"), "Verdachte");
            browser.until(d -> !browser.findAll(By.cssSelector("[id='alertForm:title'] ~ .ui-message"))
                    .get(0)
                    .isDisplayed());

            browser.get("operator/alert-form.xhtml");
            browser.type(By.id("alertForm:title"), "Verdachte gezien bij station Maarssen");
            browser.type(By.id("alertForm:body"), "Man, ongeveer 1,80 m, rode jas, liep richting de Vecht.");
            browser.type(By.id("alertForm:instructions"), "Bel 112 als u hem ziet. Benader hem niet.");
            browser.type(By.id("alertForm:incidentAddress"), "Stationsplein, Maarssen");
            clickOnMap(browser, OperatorUiFixture.MAARSSEN);

            browser.until(d ->
                    browser.findAll(By.cssSelector("#alertMap path.bn-area")).size() == 1);
            int inDefaultCircle = OperatorUiFixture.NEAR + OperatorUiFixture.MIDDLE;
            awaitCount(browser, inDefaultCircle);
            assertEquals(
                    // The channels as their plugins name them in English.
                    inDefaultCircle + " participants: E-mail (Burgernetmail) " + inDefaultCircle + ", Text message "
                            + OperatorUiFixture.NEAR_WITH_SMS + " (1 in quiet hours)",
                    browser.find(LIVE_COUNT).getText());
            assertEquals("1500", browser.find(By.id("alertForm:radius")).getAttribute("value"), "a suspect's circle");
            browser.screenshotFromTop("operator-alert-form", 1100);

            // A radius beyond the limit is changed to the limit, and the form says so (500 km became 50 km silently).
            browser.find(By.id("alertForm:radius")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "500000", Keys.TAB);
            browser.until(d -> browser.find(By.id("radiusNotice")).isDisplayed());
            assertEquals(
                    "The radius is at most 50 km: 500 km was changed to 50 km.",
                    browser.find(By.id("radiusNotice")).getText());
            assertEquals("50000", browser.find(By.id("alertForm:radius")).getAttribute("value"));

            browser.find(By.id("alertForm:radius")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "300", Keys.TAB);
            awaitCount(browser, OperatorUiFixture.NEAR);
            assertFalse(browser.findAll(By.id("radiusNotice")).get(0).isDisplayed(), "a radius within the limits");

            browser.clickAndWait(By.id("alertForm:launch"));
            String question = browser.find(By.id("alertForm:launchDialog")).getText();
            assertTrue(question.contains(OperatorUiFixture.NEAR + " participants"), question);
            browser.click(By.id("alertForm:confirmLaunch"));
            browser.until(d -> browser.path().equals("operator/alert.xhtml"));
            String reference = browser.find(By.cssSelector("[id='alertPage:head'] .bn-muted"))
                    .getText()
                    .strip();

            awaitProgressDone(browser, 0, 2);
            browser.until(d -> "ACTIVE".equals(status(browser)));
            assertEquals(
                    Map.of("email", OperatorUiFixture.NEAR, "sms", OperatorUiFixture.NEAR_WITH_SMS),
                    recipientsPerChannel(browser));
            assertTrue(browser.find(By.id("detailCreated")).getText().startsWith(OperatorUiFixture.OPERATOR));
            assertTrue(browser.find(By.id("detailArea")).getText().startsWith("Circle of 0.3 km"));
            assertTrue(browser.isPresent(By.id("replies")), "the place for residents' replies (issue 5)");
            browser.screenshotFromTop("operator-alert-progress", 1500);

            Map<String, Integer> mails = mailsAbout(reference);
            assertEquals(OperatorUiFixture.NEAR, mails.size(), mails.toString());
            assertTrue(mails.values().stream().allMatch(n -> n == 1), "once each: " + mails);
            assertFalse(mails.containsKey("verderop0@vecht.example.nl"), "outside the 300 m circle");
            assertFalse(mails.containsKey("slaper@vecht.example.nl"), "asleep, and this is no emergency");

            // A resident answers the mail; the tip appears on the page by itself, without their address.
            jakarta.mail.internet.MimeMessage alertMail = java.util.Arrays.stream(
                            nl.burgernet.it.support.IntegrationTestServices.services()
                                    .mailServer()
                                    .greenMail()
                                    .getReceivedMessages())
                    .filter(m -> messageId(m).contains("." + reference + "."))
                    .findFirst()
                    .orElseThrow();
            String resident = ((jakarta.mail.internet.InternetAddress)
                            alertMail.getRecipients(jakarta.mail.Message.RecipientType.TO)[0])
                    .getAddress();
            jakarta.mail.internet.MimeMessage reply = new jakarta.mail.internet.MimeMessage(smtp());
            reply.setFrom(new jakarta.mail.internet.InternetAddress(resident));
            reply.setRecipients(jakarta.mail.Message.RecipientType.TO, alertMail.getReplyTo());
            reply.setSubject("Re: " + alertMail.getSubject());
            reply.setText("Ik zag hem net bij de Kerkweg lopen.\n\nOp zo 29 nov. schreef Burgernet:\n> oud bericht\n");
            jakarta.mail.Transport.send(reply);
            browser.until(
                    d -> browser.find(By.id("replies")).getText().contains("Ik zag hem net bij de Kerkweg lopen."));
            String panel = browser.find(By.id("replies")).getText();
            assertFalse(panel.contains("oud bericht"), "the quoted mail is stripped: " + panel);
            assertFalse(panel.contains(resident), "residents are anonymous until asked: " + panel);
            browser.click(By.xpath("//div[@id='replies']//button[normalize-space()='Show contact details']"));
            confirm(browser);
            browser.until(d -> browser.find(By.id("replies")).getText().contains(resident));

            browser.type(By.id("updateForm:body"), "Hij draagt nu een blauwe pet.");
            browser.click(By.id("updateForm:sendUpdate"));
            confirm(browser);
            awaitProgressDone(browser, 1, 2);

            browser.clickAndWait(By.id("endForm:end"));
            confirm(browser);
            assertTrue(
                    browser.find(By.id("endForm")).getText().contains("Tell the residents how it ended."),
                    "an empty outcome is refused next to the field");
            browser.type(By.id("endForm:outcome"), "De verdachte is aangehouden. Dank voor uw hulp!");
            assertEquals(
                    "De verdachte is aangehouden. Dank voor uw hulp!",
                    browser.find(By.id("endForm:outcome")).getAttribute("value"));
            browser.click(By.id("endForm:end"));
            confirm(browser);
            browser.until(d -> "ENDED".equals(status(browser)));
            assertEquals("Ended", browser.find(STATUS).getText());
            assertEquals(
                    "De verdachte is aangehouden. Dank voor uw hulp!",
                    browser.find(By.id("outcomeText")).getText());
            awaitProgressDone(browser, 2, 2);
            assertFalse(browser.isPresent(By.id("endForm")), "an ended alert has no outcome form any more");
            assertTrue(
                    mailsAbout(reference).values().stream().allMatch(n -> n == 3),
                    "alert, update and outcome: " + mailsAbout(reference));

            browser.click(By.id("back"));
            browser.until(d -> browser.path().equals("operator/index.xhtml"));
            WebElement row = browser.find(By.xpath("//tr[td//a[normalize-space()='" + reference + "']]"));
            assertTrue(row.getText().contains("Ended"), row.getText());
            int deliveries = OperatorUiFixture.NEAR + OperatorUiFixture.NEAR_WITH_SMS;
            assertTrue(row.getText().contains(deliveries + " of " + deliveries + " sent"), row.getText());
            chooseStatus(browser, "Draft");
            browser.until(
                    d -> browser.find(By.id("alertsForm:alerts")).getText().contains("No alerts yet."));
            chooseStatus(browser, "Ended");
            browser.find(By.xpath("//tr[td//a[normalize-space()='" + reference + "']]"));
            browser.clickAndWait(By.id("headerForm:langNl"));
            assertTrue(browser.find(By.xpath("//tr[td//a[normalize-space()='" + reference + "']]"))
                    .getText()
                    .contains("Beëindigd"));
        }
    }

    @Test
    void whereFourEyesAreRequiredAnotherOperatorApprovesAndLaunches() throws Exception {
        String alertPage;
        try (Browser author = login(OperatorUiFixture.FOUR_EYES_AUTHOR)) {
            author.get("operator/alert-form.xhtml");
            assertTrue(author.find(By.id("alertForm:fourEyesNotice")).getText().contains("second operator"));
            assertFalse(author.isPresent(By.id("alertForm:launch")), "no launching alone");
            author.type(By.id("alertForm:title"), "Vermiste man (82) bij Breukelen");
            author.type(By.id("alertForm:body"), "Meneer is in de war en draagt pantoffels.");
            choose(author, "alertForm:type", "Missing person");
            clickOnMap(author, OperatorUiFixture.BREUKELEN);
            awaitCount(author, OperatorUiFixture.FOUR_EYES_PARTICIPANTS);
            assertEquals("1000", author.find(By.id("alertForm:radius")).getAttribute("value"), "a missing person's");

            author.click(By.id("modePolygon"));
            author.until(d -> String.valueOf(textOf(author, LIVE_COUNT)).startsWith("Click on the map or draw"));
            for (int bearing : new int[] {0, 120, 240}) {
                clickOnMap(author, OperatorUiFixture.BREUKELEN.moved(bearing, 500));
            }
            awaitCount(author, OperatorUiFixture.FOUR_EYES_PARTICIPANTS);
            assertEquals(
                    1, author.findAll(By.cssSelector("#alertMap path.bn-area")).size(), "the triangle");

            author.click(By.id("alertForm:submitForApproval"));
            author.until(d -> author.path().equals("operator/alert.xhtml"));
            assertEquals("DRAFT", status(author));
            assertTrue(author.find(By.id("alertPage:waiting")).getText().contains("second operator"));
            assertFalse(author.isPresent(By.id("alertPage:approve")), "the author cannot approve");
            assertFalse(author.isPresent(By.id("alertPage:launch")));
            alertPage = author.path() + "?id=" + idOf(author);
        }
        try (Browser approver = login(OperatorUiFixture.FOUR_EYES_APPROVER)) {
            approver.get(alertPage);
            assertEquals(
                    "Polygon with 3 corners", approver.find(By.id("detailArea")).getText());
            approver.click(By.id("alertPage:approve"));
            confirm(approver);
            approver.until(d -> "APPROVED".equals(status(approver)));
            assertEquals(
                    OperatorUiFixture.FOUR_EYES_APPROVER,
                    approver.find(By.id("detailApproved")).getText());

            approver.click(By.id("alertPage:launch"));
            assertTrue(approver.find(By.id("confirm")).getText().contains("3 participants"));
            confirm(approver);
            awaitProgressDone(approver, 0, 1);
            approver.until(d -> "ACTIVE".equals(status(approver)));
        }
        try (Browser stranger = login(OperatorUiFixture.OPERATOR)) {
            stranger.get(alertPage);
            assertTrue(stranger.text().contains("There is no such alert in this municipality."), stranger.text());
            assertFalse(stranger.text().contains("Breukelen"));
        }
    }

    // --- helpers

    private Browser login(String username) {
        return Browser.open(portalUrl).loginAs(username, PASSWORD);
    }

    /**
     * A real click on the map where Leaflet draws the point: the point's offset from the map element's centre in
     * pixels (Leaflet's container points start inside the element's 1 px border). The whole map is scrolled into
     * view first: WebDriver's offsets count from the centre of the element's visible part.
     */
    private static String messageId(jakarta.mail.internet.MimeMessage m) {
        try {
            return m.getMessageID() == null ? "" : m.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    private static jakarta.mail.Session smtp() {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("mail.smtp.host", "127.0.0.1");
        p.setProperty(
                "mail.smtp.port", Integer.getInteger("burgernet.it.smtp.port").toString());
        return jakarta.mail.Session.getInstance(p);
    }

    private static void clickOnMap(Browser browser, Coordinates point) {
        browser.until(d -> browser.script("return !!(window.BurgernetAlertMap && BurgernetAlertMap.map)"));
        browser.script("document.getElementById('alertMap').scrollIntoView({block: 'center'})");
        @SuppressWarnings("unchecked")
        Map<String, Number> offset = (Map<String, Number>) browser.script(
                "var map = BurgernetAlertMap.map, p = map.latLngToContainerPoint(L.latLng(arguments[0], arguments[1])),"
                        + " box = map.getContainer().getBoundingClientRect(), el = map.getContainer();"
                        + " return {x: Math.round(el.clientLeft + p.x - box.width / 2),"
                        + " y: Math.round(el.clientTop + p.y - box.height / 2)};",
                point.latitude(),
                point.longitude());
        browser.clickAt(
                By.id("alertMap"), offset.get("x").intValue(), offset.get("y").intValue());
    }

    /** The alert list's status filter. */
    private static void chooseStatus(Browser browser, String label) {
        choose(browser, "alertsForm:statusFilter", label);
        browser.waitForAjax();
    }

    /**
     * Chooses in a PrimeFaces drop-down as a person does: open it, click the item. A click while the panel is still
     * opening can be swallowed in headless Chromium, so it waits for the animation and tries again until the
     * drop-down shows the choice.
     */
    private static void choose(Browser browser, String menuId, String label) {
        String panel = "[id='" + menuId + "_panel']";
        browser.until(d -> {
            if (label.equals(textOf(browser, By.id(menuId + "_label")))) {
                return true;
            }
            if (browser.findAll(By.cssSelector(panel)).stream().noneMatch(WebElement::isDisplayed)) {
                browser.click(By.id(menuId));
            }
            boolean settled = (Boolean) browser.script("return !jQuery(arguments[0]).is(':animated')", panel);
            List<WebElement> items = browser.findAll(By.cssSelector(panel + " li[data-label='" + label + "']"));
            if (settled && !items.isEmpty() && items.get(0).isDisplayed()) {
                items.get(0).click();
            }
            return false;
        });
    }

    /** Says yes in the confirmation dialog and waits until it has gone and the step's request is answered. */
    private static void confirm(Browser browser) {
        browser.clickAndWait(By.id("confirmYes"));
        browser.until(d -> browser.findAll(By.id("confirm")).stream().noneMatch(WebElement::isDisplayed));
        browser.waitForAjax();
    }

    private static void awaitCount(Browser browser, int participants) {
        try {
            browser.until(
                    d -> Integer.toString(participants).equals(attribute(browser, LIVE_COUNT, "data-participants")));
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "expected " + participants + " participants, the form says '"
                            + browser.findAll(LIVE_COUNT).get(0).getText()
                            + "' for the area "
                            + browser.script(
                                    "return ['area', 'centreLatitude', 'centreLongitude',"
                                            + " 'radius', 'polygon'].map(function (f) {"
                                            + " return f + '=' + document.getElementById('alertForm:' + f).value; }).join(' ')"),
                    e);
        }
    }

    /** The text of an element that ajax may be replacing right now (null while it is). */
    private static String textOf(Browser browser, By by) {
        try {
            List<WebElement> found = browser.findAll(by);
            return found.isEmpty() ? null : found.get(0).getText();
        } catch (StaleElementReferenceException e) {
            return null;
        }
    }

    /** An attribute of an element that ajax may be replacing right now (null while it is). */
    private static String attribute(Browser browser, By by, String name) {
        try {
            List<WebElement> found = browser.findAll(by);
            return found.isEmpty() ? null : found.get(0).getAttribute(name);
        } catch (StaleElementReferenceException e) {
            return null;
        }
    }

    /** Waits until the message's bars (one per channel) all reach 100 %. */
    private static void awaitProgressDone(Browser browser, int sequence, int channels) {
        browser.until(d -> {
            List<WebElement> bars = browser.findAll(By.cssSelector(".bn-progress[data-sequence='" + sequence + "']"));
            return bars.size() == channels && bars.stream().allMatch(b -> "100".equals(b.getAttribute("data-percent")));
        });
    }

    private static String status(Browser browser) {
        return attribute(browser, STATUS, "data-status");
    }

    private static String idOf(Browser browser) {
        String url = (String) browser.script("return location.search");
        return url.replaceAll(".*[?&]id=(\\d+).*", "$1");
    }

    private static Map<String, Integer> recipientsPerChannel(Browser browser) {
        Map<String, Integer> counts = new TreeMap<>();
        for (WebElement row : browser.findAll(By.cssSelector(".bn-recipients-table tr"))) {
            counts.put(
                    row.getAttribute("data-channel"),
                    Integer.parseInt(
                            row.findElement(By.className("bn-recipient-count")).getText()));
        }
        return counts;
    }

    /** Mails per recipient about the alert: its reference is in every mail's Message-ID. */
    private static Map<String, Integer> mailsAbout(String reference) throws Exception {
        Map<String, Integer> perRecipient = new TreeMap<>();
        for (MimeMessage m :
                IntegrationTestServices.services().mailServer().greenMail().getReceivedMessages()) {
            if (m.getMessageID() != null && m.getMessageID().contains("." + reference + ".")) {
                for (var to : m.getRecipients(Message.RecipientType.TO)) {
                    perRecipient.merge(((InternetAddress) to).getAddress(), 1, Integer::sum);
                }
            }
        }
        return perRecipient;
    }
}
