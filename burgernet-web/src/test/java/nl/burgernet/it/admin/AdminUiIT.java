package nl.burgernet.it.admin;

import static nl.burgernet.it.admin.AdminUiFixture.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.burgernet.it.support.Browser;
import nl.burgernet.it.support.PortalDeployment;
import nl.burgernet.it.support.PortalSession;
import nl.burgernet.it.tenancy.ParticipantWriter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The admin screens in a real browser (headless Chromium), logged in through the real form as each role: who lands
 * where and who is refused, the participant table's filters, editing, the CSV import and export, the Dutch UI, and
 * that nothing of another municipality can be reached by id, by a tampered form or a tampered municipality choice.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminUiIT {

    private static final String TABLE_ROWS =
            "#participantsForm\\:participants_data > tr:not(.ui-datatable-empty-message)";

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withoutPlugin(
                "burgernet-channel-sms",
                AdminUiFixture.class,
                FixtureParticipants.class,
                ParticipantWriter.class,
                ChannelSettingsProbe.class);
    }

    @ArquillianResource
    URL portalUrl;

    @Test
    void platformAdminLandsOnMunicipalitiesAndAddsOneAfterFixingTheForm() throws Exception {
        try (Browser browser = login(AdminUiFixture.PLATFORM_ADMIN)) {
            assertEquals("admin/municipalities.xhtml", browser.path());
            String list = browser.find(By.id("listForm:municipalities")).getText();
            assertTrue(list.contains(AdminUiFixture.A) && list.contains(AdminUiFixture.B_NAME), list);

            browser.clickAndWait(By.id("listForm:newMunicipality"));
            browser.type(By.id("municipalityForm:cbsCode"), "9103");
            browser.type(By.id("municipalityForm:replyDomain"), "reply+x@nieuwstad.nl");
            browser.clickAndWait(By.id("municipalityForm:save"));
            String errors = browser.text();
            assertTrue(errors.contains("Enter the CBS code: GM followed by four digits"), errors);
            assertTrue(errors.contains("Enter the municipality's name."), errors);
            assertTrue(errors.contains("Enter a domain name"), errors);
            browser.screenshot("municipality-form");

            browser.type(By.id("municipalityForm:cbsCode"), "GM9109");
            browser.type(By.id("municipalityForm:name"), "Nieuwstad");
            browser.type(By.id("municipalityForm:replyDomain"), "reply.nieuwstad.nl");
            browser.clickAndWait(By.id("municipalityForm:save"));

            assertTrue(browser.text().contains("Municipality Nieuwstad has been saved."), browser.text());
            assertFalse(browser.isPresent(By.id("municipalityForm")));
            assertTrue(browser.find(By.id("listForm:municipalities")).getText().contains("GM9109"));

            WebElement row = browser.find(By.xpath("//tr[td[normalize-space()='GM9109']]"));
            row.findElement(By.cssSelector("button[id$=':edit']")).click();
            browser.waitForAjax();
            browser.type(By.id("municipalityForm:contactEmail"), "burgernet at nieuwstad");
            browser.type(By.id("municipalityForm:quietFrom"), "22:00");
            browser.clickAndWait(By.id("municipalityForm:save"));
            assertTrue(browser.text().contains("Enter a valid e-mail address"), browser.text());
            assertTrue(browser.text().contains("Enter both the start and the end of the quiet hours"), browser.text());

            browser.type(By.id("municipalityForm:contactEmail"), "burgernet@nieuwstad.nl");
            browser.type(By.id("municipalityForm:quietTo"), "06:30");
            browser.clickAndWait(By.id("municipalityForm:save"));
            assertTrue(browser.find(By.id("listForm:municipalities")).getText().contains("burgernet@nieuwstad.nl"));
        }
    }

    @Test
    void municipalityAdminSeesDashboardAndParticipantsButNotTheMunicipalities() throws Exception {
        try (Browser browser = login(AdminUiFixture.ADMIN_A)) {
            assertEquals("admin/index.xhtml", browser.path());
            browser.screenshot("dashboard");
            assertEquals(
                    Integer.toString(AdminUiFixture.A_ACTIVE),
                    browser.find(By.id("activeCount")).getText());
            // Per channel offered: Vechtstede switched SMS on too, but no plugin provides it here, so it reaches nobody
            // and the dashboard does not count it (the channels page shows it as not installed).
            assertTrue(
                    browser.text().contains("E-mail (Burgernetmail)\n" + AdminUiFixture.A_ACTIVE),
                    "active participants per channel: " + browser.text());
            assertTrue(
                    browser.text().contains("E-mail (Burgernetmail): not arriving\n0"),
                    "failing contacts per channel: " + browser.text());
            assertFalse(browser.text().contains("SMS"), browser.text());

            browser.click(By.id("navParticipants"));
            browser.until(d -> browser.path().equals("admin/participants.xhtml"));
            assertEquals(24, rows(browser).size());
            assertTrue(browser.text().contains("Participants – " + AdminUiFixture.A_NAME));
            browser.screenshot("participants");

            browser.get("admin/municipalities.xhtml");
            assertForbidden(browser);
        }
    }

    @Test
    void operatorLandsInTheControlRoomAndIsRefusedTheParticipantTable() throws Exception {
        try (Browser browser = login(AdminUiFixture.OPERATOR)) {
            assertEquals("operator/index.xhtml", browser.path());
            assertTrue(browser.text().contains(AdminUiFixture.B_NAME));

            browser.get("admin/participants.xhtml");
            assertForbidden(browser);
            assertFalse(browser.text().contains("@example.nl"));
        }
    }

    @Test
    void filteringByPostcodeShowsOnlyParticipantsWithAnAddressThere() throws Exception {
        try (Browser browser = login(AdminUiFixture.ADMIN_A)) {
            browser.get("admin/participants.xhtml");
            assertEquals(24, rows(browser).size());

            browser.type(By.id("participantsForm:participants:addressColumn:filter"), "3601");
            browser.until(d -> rows(browser).size() == AdminUiFixture.A_PARTICIPANTS_IN_3601);

            for (WebElement row : rows(browser)) {
                assertTrue(row.getText().contains("3601 "), row.getText());
            }
            assertTrue(browser.text().contains("1-8 of 8"), browser.text());
        }
    }

    @Test
    void importShowsTheBadRowWithItsLineAndImportsTheGoodOnes() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        Path csv = Files.createTempFile("participants-", ".csv");
        Files.writeString(
                csv,
                String.join(
                        "\r\n",
                        "email;postcode;huisnummer;geboortejaar;kanalen",
                        "imp1-" + run + "@example.nl;3601 AB;40;1970;email",
                        "imp2-" + run + "@example.nl;3601 AE;41;19x0;email",
                        "imp3-" + run + "@example.nl;3621 AB;42;1985;",
                        AdminUiFixture.C_EMAIL + ";3601 AK;43;1960;",
                        "imp5-" + run + "@example.nl;9999 ZZ;1;1975;",
                        "imp6-" + run + "@example.nl;3632 AB;44;1999;E-mail (Burgernetmail)",
                        ""),
                StandardCharsets.UTF_8);
        Path withoutAddresses = Files.createTempFile("no-addresses-", ".csv");
        Files.writeString(withoutAddresses, "email;geboortejaar\r\nx-" + run + "@example.nl;1970\r\n");
        try (Browser browser = login(AdminUiFixture.ADMIN_C)) {
            browser.get("admin/import.xhtml");
            browser.findAll(By.id("importForm:upload_input")).get(0).sendKeys(withoutAddresses.toString());
            assertTrue(browser.find(By.id("importForm:fileErrors")).getText().contains("The file has no column"));
            assertFalse(browser.isPresent(By.id("importForm:runImport")), "a file-level error blocks the import");

            browser.findAll(By.id("importForm:upload_input")).get(0).sendKeys(csv.toString());
            browser.until(d -> !browser.isPresent(By.id("importForm:fileErrors")));
            browser.find(By.id("importForm:preview"));

            assertEquals("6", browser.find(By.id("importForm:rowsRead")).getText());
            assertEquals("5", browser.find(By.id("importForm:acceptedCount")).getText());
            assertEquals("1", browser.find(By.id("importForm:rejectedCount")).getText());
            browser.screenshot("import-preview");
            List<String> rejected = cells(browser, "importForm:rejectedRows");
            assertEquals(
                    List.of("3", "geboortejaar", "Please enter your year of birth as four digits, for example 1980."),
                    rejected);

            browser.clickAndWait(By.id("importForm:runImport"));
            browser.find(By.id("importForm:outcome"));

            assertEquals("3", browser.find(By.id("importForm:importedCount")).getText());
            assertEquals(
                    List.of(
                            "5",
                            "email",
                            "A participant with this e-mail address is already registered in this municipality.",
                            "6",
                            "postcode",
                            "We cannot find this address. Please check the postcode and house number."),
                    cells(browser, "importForm:rejectedAtImport"));

            browser.get("admin/participants.xhtml");
            browser.type(By.id("participantsForm:participants:emailColumn:filter"), "imp6-" + run + "@example.nl");
            browser.until(d -> rows(browser).size() == 1);
            assertTrue(
                    rows(browser).get(0).getText().contains("3632 AB 44"),
                    rows(browser).get(0).getText());
        } finally {
            Files.deleteIfExists(csv);
            Files.deleteIfExists(withoutAddresses);
        }
    }

    @Test
    void anExcelFileWithAStrayQuoteAndAnAccentedAddressImportsItsGoodRowsAndSaysWhichLinesNot() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        Path csv = Files.createTempFile("excel-", ".csv");
        Files.write(
                csv,
                String.join(
                                "\r\n",
                                "email;naam;postcode;huisnummer;geboortejaar",
                                "q1-" + run + "@example.nl;Jansen;3601 AB;50;1970",
                                "\"q2-" + run + "@example.nl;Müller;3601 AB;51;1970",
                                "café-" + run + "@example.nl;René;3601 AB;52;1970",
                                "q4-" + run + "@example.nl;Bakker;3601 AB;53;1970",
                                "")
                        .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Path headerOnly = Files.createTempFile("header-only-", ".csv");
        Files.writeString(headerOnly, "email;postcode;huisnummer;geboortejaar\r\n");
        try (Browser browser = login(AdminUiFixture.ADMIN_C)) {
            browser.get("admin/import.xhtml");
            browser.findAll(By.id("importForm:upload_input")).get(0).sendKeys(headerOnly.toString());
            assertTrue(
                    browser.find(By.id("importForm:fileErrors"))
                            .getText()
                            .contains("The file has only the line with the column names"),
                    browser.text());
            assertEquals("0", browser.find(By.id("importForm:acceptedCount")).getText());
            assertFalse(browser.isPresent(By.id("importForm:runImport")));

            browser.findAll(By.id("importForm:upload_input")).get(0).sendKeys(csv.toString());
            browser.until(d -> !browser.isPresent(By.id("importForm:fileErrors")));
            browser.find(By.id("importForm:preview"));
            assertEquals("4", browser.find(By.id("importForm:rowsRead")).getText());
            assertEquals("2", browser.find(By.id("importForm:acceptedCount")).getText());
            assertTrue(browser.text().contains("windows-1252"), browser.text());
            List<String> rejected = cells(browser, "importForm:rejectedRows");
            assertEquals(6, rejected.size(), rejected.toString());
            assertEquals(List.of("3", ""), rejected.subList(0, 2));
            assertTrue(rejected.get(2).startsWith("This line has a quote (\") that opens a value"), rejected.get(2));
            assertEquals(List.of("4", "email"), rejected.subList(3, 5));
            assertTrue(rejected.get(5).startsWith("Not every mail server can deliver"), rejected.get(5));
            assertEquals(
                    "Import 2 participants",
                    browser.find(By.id("importForm:runImport")).getText());

            browser.clickAndWait(By.id("importForm:runImport"));
            browser.find(By.id("importForm:outcome"));
            assertEquals("2", browser.find(By.id("importForm:importedCount")).getText());
            assertTrue(browser.text().contains("2 participants imported, 0 rejected."), browser.text());
        } finally {
            Files.deleteIfExists(csv);
            Files.deleteIfExists(headerOnly);
        }
    }

    @Test
    void aParticipantIsAddedValidatedChangedAndDeleted() throws Exception {
        String email = "nieuw-" + Long.toString(System.nanoTime(), 36) + "@example.nl";
        try (Browser browser = login(AdminUiFixture.ADMIN_C)) {
            browser.get("admin/participant.xhtml");
            browser.clickAndWait(By.id("participantForm:save"));
            String errors = browser.text();
            assertTrue(errors.contains("Please enter your e-mail address."), errors);
            assertTrue(errors.contains("Please enter at least one address."), errors);
            assertTrue(errors.contains("Please enter your year of birth."), errors);

            browser.type(By.id("participantForm:email"), AdminUiFixture.C_EMAIL);
            browser.type(By.id("participantForm:birthYear"), "1990");
            browser.type(By.id("participantForm:addresses:0:postcode"), "9999 zz");
            browser.type(By.id("participantForm:addresses:0:houseNumber"), "5");
            browser.clickAndWait(By.id("participantForm:save"));
            assertTrue(browser.text().contains("We cannot find this address."), browser.text());
            browser.screenshot("participant-address-not-found");

            browser.type(By.id("participantForm:addresses:0:postcode"), "3601 ab");
            browser.clickAndWait(By.id("participantForm:save"));
            assertTrue(browser.text().contains("already registered in this municipality"), browser.text());

            browser.type(By.id("participantForm:email"), email);
            browser.clickAndWait(By.id("participantForm:save"));
            browser.until(d -> d.getCurrentUrl().contains("participant.xhtml?id="));
            assertTrue(browser.text().contains("The participant has been added."), browser.text());
            assertEquals(
                    "3601 AB",
                    browser.find(By.id("participantForm:addresses:0:postcode")).getAttribute("value"));

            browser.type(By.id("participantForm:birthYear"), "1991");
            browser.clickAndWait(By.id("participantForm:save"));
            assertTrue(browser.text().contains("The participant has been saved."), browser.text());

            browser.click(By.id("participantForm:delete"));
            browser.clickAndWait(By.id("confirmYes"));
            browser.until(d -> browser.path().equals("admin/participants.xhtml"));
            assertTrue(browser.text().contains("The participant has been deleted."), browser.text());
            assertEquals(
                    0,
                    search(AdminUiFixture.ADMIN_C, email).getJsonNumber("total").longValue());
        }
    }

    @Test
    void exportDownloadsTheMunicipalitysParticipantsForExcel() throws Exception {
        try (Browser browser = login(AdminUiFixture.ADMIN_A)) {
            browser.get("admin/participants.xhtml");
            browser.click(By.id("participantsForm:export"));
            Path file = browser.awaitDownload();

            assertTrue(file.getFileName().toString().startsWith("burgernet-" + AdminUiFixture.A), file.toString());
            byte[] bytes = Files.readAllBytes(file);
            assertEquals((byte) 0xEF, bytes[0], "UTF-8 byte order mark for Excel");
            String csv = new String(bytes, StandardCharsets.UTF_8);
            assertTrue(csv.contains("email;mobile;postcode;house_number"), csv);
            assertTrue(csv.contains(AdminUiFixture.A_EMAIL), csv);
            assertFalse(csv.contains(AdminUiFixture.B_EMAIL), "B's participant in A's export");
        }
    }

    @Test
    void anotherMunicipalitysParticipantIsNotFoundByIdNorThroughATamperedForm() throws Exception {
        long idOfB = onlyId(search(AdminUiFixture.ADMIN_B, AdminUiFixture.B_EMAIL));
        long idOfA = onlyId(search(AdminUiFixture.ADMIN_A, AdminUiFixture.A_EMAIL));
        try (Browser browser = login(AdminUiFixture.ADMIN_A)) {
            browser.get("admin/participant.xhtml?id=" + idOfB);
            assertTrue(browser.find(By.id("notFound")).getText().contains("Participant not found"));
            assertFalse(browser.isPresent(By.id("participantForm")));
            assertFalse(browser.text().contains("plassendorp"), browser.text());

            browser.get("admin/participant.xhtml?id=" + idOfA);
            browser.type(By.id("participantForm:email"), "hijacked@example.nl");
            // The id travels in the POST as the view parameter; changed there, it names B's participant.
            browser.script(
                    "var f = document.getElementById('participantForm'), i = document.createElement('input');"
                            + " i.type = 'hidden'; i.name = 'id'; i.value = arguments[0]; f.appendChild(i);",
                    Long.toString(idOfB));
            browser.clickAndWait(By.id("participantForm:save"));

            assertTrue(browser.find(By.id("notFound")).getText().contains("Participant not found"));
        }
        assertEquals(AdminUiFixture.B_EMAIL, email(AdminUiFixture.ADMIN_B, idOfB));
        assertEquals(AdminUiFixture.A_EMAIL, email(AdminUiFixture.ADMIN_A, idOfA));
    }

    @Test
    void aTamperedMunicipalityChoiceKeepsTheAdminInTheirOwnMunicipality() throws Exception {
        String idOfMunicipalityB;
        try (Browser platform = login(AdminUiFixture.PLATFORM_ADMIN)) {
            idOfMunicipalityB = (String) platform.script(
                    "return Array.from(document.querySelectorAll('select[name=\"headerForm:municipality_input\"] option'))"
                            + ".find(o => o.text === arguments[0]).value;",
                    AdminUiFixture.B_NAME);
        }
        long idOfB = onlyId(search(AdminUiFixture.ADMIN_B, AdminUiFixture.B_EMAIL));
        try (Browser browser = login(AdminUiFixture.ADMIN_A)) {
            browser.get("admin/participants.xhtml");
            Object status = browser.asyncScript(
                    "var done = arguments[arguments.length - 1], f = document.getElementById('headerForm');"
                            + " var body = new URLSearchParams();"
                            + " body.append('headerForm', 'headerForm');"
                            + " body.append('headerForm:municipality', arguments[0]);"
                            + " body.append('headerForm:municipality_input', arguments[0]);"
                            + " body.append('jakarta.faces.ViewState',"
                            + "   f.querySelector('input[name=\"jakarta.faces.ViewState\"]').value);"
                            + " body.append('jakarta.faces.source', 'headerForm:municipality');"
                            + " body.append('jakarta.faces.partial.ajax', 'true');"
                            + " body.append('jakarta.faces.partial.execute', 'headerForm:municipality');"
                            + " body.append('jakarta.faces.behavior.event', 'valueChange');"
                            + " fetch(f.action, {method: 'POST', body: body, headers: {'Faces-Request': 'partial/ajax'}})"
                            + "   .then(r => done(r.status), e => done(String(e)));",
                    idOfMunicipalityB);
            assertEquals(200L, status);

            browser.get("admin/participants.xhtml");
            assertTrue(browser.text().contains("Participants – " + AdminUiFixture.A_NAME), browser.text());
            assertEquals(24, rows(browser).size());
            browser.get("admin/participant.xhtml?id=" + idOfB);
            assertTrue(browser.find(By.id("notFound")).isDisplayed());
        }
    }

    @Test
    void theUiSpeaksDutchOnceSwitched() throws Exception {
        try (Browser browser = login(AdminUiFixture.ADMIN_A)) {
            browser.get("admin/participants.xhtml");
            browser.click(By.id("headerForm:langNl"));
            browser.until(d -> browser.text().contains("Deelnemers – " + AdminUiFixture.A_NAME));
            String table = browser.find(By.id("participantsForm:participants")).getText();
            assertTrue(table.contains("Geboortejaar") && table.contains("Aangemeld"), table);
            assertTrue(table.contains("Actief"), table);

            browser.get("admin/participant.xhtml");
            browser.clickAndWait(By.id("participantForm:save"));
            String errors = browser.text();
            assertTrue(errors.contains("Vul uw e-mailadres in."), errors);
            assertTrue(errors.contains("Niet opgeslagen: verbeter de velden"), errors);
        }
    }

    @Test
    void aMunicipalityAdminConfiguresTheEmailChannelAndItsSecretIsNeverShownBack() throws Exception {
        String password = "Geheim-" + Long.toString(System.nanoTime(), 36);
        try (Browser browser = login(AdminUiFixture.ADMIN_A)) {
            browser.click(By.id("navChannels"));
            browser.until(d -> browser.path().equals("admin/channels.xhtml"));
            String email = browser.find(card("email")).getText();
            assertTrue(email.contains("E-mail (Burgernetmail)"), email);
            assertTrue(email.contains("Residents can reply") && email.contains("Formatted text and images"), email);
            assertTrue(email.contains("SMTP server") && email.contains("Parallel connections"), email);
            // Vechtstede has SMS on, but this WAR has no SMS plugin: without its descriptor the core knows the
            // channel by its id only. The test channel is not in the WAR.
            String sms = browser.find(card("sms")).getText();
            assertTrue(sms.startsWith("sms") && sms.contains("Not installed"), sms);
            assertFalse(browser.isPresent(card("test-recording")));
            browser.screenshot("channels");

            browser.type(input("email", "from.address"), "burgernet at vechtstede");
            browser.clickAndWait(saveButton("email"));
            assertEquals(
                    "‘Sender address’ must be a valid e-mail address, such as burgernet@gemeente.nl.",
                    browser.find(fieldError("email", "from.address")).getText());
            assertEquals(
                    "Please fill in ‘SMTP server’.",
                    browser.find(fieldError("email", "smtp.host")).getText());

            browser.type(input("email", "smtp.host"), "smtp.vechtstede.nl");
            browser.type(input("email", "from.address"), "burgernet@vechtstede.nl");
            replace(browser, input("email", "smtp.sessions"), "99");
            browser.clickAndWait(saveButton("email"));
            String refused = browser.find(card("email")).getText();
            assertTrue(refused.contains("Not saved"), refused);
            assertTrue(refused.contains("‘Parallel connections’ must be a whole number from 1 to 16"), refused);
            assertFalse(browser.isPresent(fieldError("email", "from.address")));

            replace(browser, input("email", "smtp.sessions"), "4");
            browser.type(input("email", "smtp.user"), "burgernet");
            browser.type(input("email", "smtp.password"), password);
            browser.clickAndWait(saveButton("email"));
            assertTrue(browser.find(card("email")).getText().contains("The settings have been saved."));

            browser.get("admin/channels.xhtml");
            assertEquals(
                    "smtp.vechtstede.nl",
                    browser.find(input("email", "smtp.host")).getAttribute("value"));
            assertEquals("4", browser.find(input("email", "smtp.sessions")).getAttribute("value"));
            assertEquals("", browser.find(input("email", "smtp.password")).getAttribute("value"));
            assertTrue(browser.find(setting("email", "smtp.password")).getText().contains("•••• (set)"));
            assertFalse(browser.source().contains(password), "the secret reached the browser");
            browser.screenshot("channels-saved");

            // The user name needs its password (the channel says so): saving with the field empty only works if the
            // stored password was kept.
            browser.type(input("email", "from.name"), "Burgernet Vechtstede");
            browser.clickAndWait(saveButton("email"));
            assertTrue(browser.find(card("email")).getText().contains("The settings have been saved."));
            JsonObject stored = probe("email");
            assertEquals(password, stored.getJsonObject("values").getString("smtp.password"));
            assertEquals("Burgernet Vechtstede", stored.getJsonObject("values").getString("from.name"));
            String audit = stored.getJsonArray("audit").toString();
            assertTrue(audit.contains("CHANNEL_SETTINGS_SAVED channel email"), audit);
            assertTrue(audit.contains("smtp.password (secret) changed"), audit);
            assertTrue(audit.contains("smtp.host = smtp.vechtstede.nl"), audit);
            assertFalse(audit.contains(password), audit);

            browser.find(input("email", "smtp.user")).clear();
            browser.click(By.cssSelector(settingCss("email", "smtp.password") + " .ui-chkbox-box"));
            browser.clickAndWait(saveButton("email"));
            assertTrue(browser.find(card("email")).getText().contains("The settings have been saved."));
            browser.get("admin/channels.xhtml");
            assertTrue(browser.find(setting("email", "smtp.password")).getText().contains("Not set"));
            assertFalse(probe("email").getJsonObject("values").containsKey("smtp.password"));

            // A channel whose plugin is gone can only be switched off; then it cannot be switched on again.
            browser.clickAndWait(By.cssSelector(cardCss("sms") + " .ui-toggleswitch-slider"));
            sms = browser.find(card("sms")).getText();
            assertTrue(sms.contains("The channel is switched off.") && sms.contains("Off"), sms);
            assertTrue(probe("email").getJsonArray("audit").toString().contains("CHANNEL_DISABLED channel sms"));
            browser.get("admin/channels.xhtml");
            assertFalse(browser.isPresent(card("sms")), "a switched-off channel without plugin is no longer listed");
        }
    }

    @Test
    void theLastChannelThatReachesParticipantsStaysOn() {
        try (Browser browser = login(AdminUiFixture.ADMIN_B)) {
            browser.get("admin/channels.xhtml");
            assertEquals(
                    "On",
                    browser.find(By.cssSelector(cardCss("email") + " .bn-status"))
                            .getText());

            browser.clickAndWait(By.cssSelector(cardCss("email") + " .ui-toggleswitch-slider"));

            String email = browser.find(card("email")).getText();
            assertTrue(email.contains("This is the last channel that reaches your participants"), email);
            browser.get("admin/channels.xhtml");
            assertEquals(
                    "On",
                    browser.find(By.cssSelector(cardCss("email") + " .bn-status"))
                            .getText());
        }
    }

    @Test
    void platformAdminSetsAMunicipalitysAlertPolicy() {
        try (Browser browser = login(AdminUiFixture.PLATFORM_ADMIN)) {
            editMunicipality(browser, AdminUiFixture.B);
            assertEquals(
                    "3", browser.find(By.id("municipalityForm:weeklyBudget")).getAttribute("value"));
            browser.type(By.id("municipalityForm:region"), "Utrecht");
            browser.click(By.cssSelector("#municipalityForm\\:requiresApproval .ui-chkbox-box"));
            browser.type(By.id("municipalityForm:weeklyBudget"), "0");
            browser.clickAndWait(By.id("municipalityForm:save"));
            assertTrue(browser.text().contains("Enter a whole number from 1 to 100."), browser.text());

            browser.type(By.id("municipalityForm:weeklyBudget"), "5");
            browser.clickAndWait(By.id("municipalityForm:save"));
            assertTrue(browser.text().contains("Municipality " + AdminUiFixture.B_NAME + " has been saved."));
            String row = browser.find(By.xpath("//tr[td[normalize-space()='" + AdminUiFixture.B + "']]"))
                    .getText();
            assertTrue(row.contains("Utrecht") && row.contains("5 per week") && row.contains("four eyes"), row);

            editMunicipality(browser, AdminUiFixture.B);
            assertEquals(
                    "Utrecht", browser.find(By.id("municipalityForm:region")).getAttribute("value"));
            assertEquals(
                    "5", browser.find(By.id("municipalityForm:weeklyBudget")).getAttribute("value"));
            assertTrue(browser.findAll(By.id("municipalityForm:requiresApproval_input"))
                    .get(0)
                    .isSelected());
        }
    }

    private static void editMunicipality(Browser browser, String cbsCode) {
        browser.find(By.xpath("//tr[td[normalize-space()='" + cbsCode + "']]"))
                .findElement(By.cssSelector("button[id$=':edit']"))
                .click();
        browser.waitForAjax();
        browser.find(By.id("municipalityForm"));
    }

    private static String cardCss(String channel) {
        return "div[data-channel='" + channel + "']";
    }

    private static String settingCss(String channel, String setting) {
        return cardCss(channel) + " div[data-setting='" + setting + "']";
    }

    private static By card(String channel) {
        return By.cssSelector(cardCss(channel));
    }

    private static By setting(String channel, String setting) {
        return By.cssSelector(settingCss(channel, setting));
    }

    /** The field the admin types in (an input number also has a hidden input that carries its value). */
    private static By input(String channel, String setting) {
        return By.cssSelector(settingCss(channel, setting) + " input:not([type=hidden]), "
                + settingCss(channel, setting) + " textarea");
    }

    private static By fieldError(String channel, String setting) {
        return By.cssSelector(settingCss(channel, setting) + " .bn-field-error");
    }

    private static By saveButton(String channel) {
        return By.cssSelector(cardCss(channel) + " button[id$=':save']");
    }

    /** Replaces a formatted number's text the way a person does: select all, then type. */
    private static void replace(Browser browser, By field, String text) {
        WebElement input = browser.find(field);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text, Keys.TAB);
    }

    private JsonObject probe(String channel) throws Exception {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(portalUrl
                                        .toURI()
                                        .resolve("it/channel-settings?cbs=" + AdminUiFixture.A + "&channel=" + channel))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private Browser login(String username) {
        Browser browser = Browser.open(portalUrl);
        try {
            return browser.loginAs(username, PASSWORD);
        } catch (RuntimeException e) {
            browser.close();
            throw e;
        }
    }

    private static List<WebElement> rows(Browser browser) {
        return browser.findAll(By.cssSelector(TABLE_ROWS));
    }

    private static List<String> cells(Browser browser, String tableId) {
        return browser.findAll(By.cssSelector("#" + tableId.replace(":", "\\:") + "_data > tr > td")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The portal's own 403 page (web.xml error-page), in either language, not the server's report. */
    private static void assertForbidden(Browser browser) {
        String page = browser.text();
        assertTrue(page.contains("Access denied") || page.contains("Geen toegang"), page);
        assertFalse(page.contains("Payara"), page);
    }

    private JsonObject search(String admin, String email) throws Exception {
        var response = PortalSession.login(portalUrl.toURI(), admin, PASSWORD)
                .get("api/admin/participants?email=" + URLEncoder.encode(email, StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static long onlyId(JsonObject page) {
        assertEquals(1, page.getJsonNumber("total").longValue(), page.toString());
        return page.getJsonArray("rows").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private String email(String admin, long id) throws Exception {
        var response = PortalSession.login(portalUrl.toURI(), admin, PASSWORD).get("api/admin/participants/" + id);
        assertEquals(200, response.statusCode(), response.body());
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject().getJsonObject("details").getString("email");
        }
    }
}
