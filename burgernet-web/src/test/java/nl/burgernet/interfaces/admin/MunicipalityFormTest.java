package nl.burgernet.interfaces.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import nl.burgernet.application.municipality.MunicipalityView;
import nl.burgernet.domain.model.municipality.AlertPolicy;
import nl.burgernet.domain.model.municipality.MunicipalitySettings;
import org.junit.jupiter.api.Test;

class MunicipalityFormTest {

    @Test
    void aCompleteFormBecomesSettings() {
        MunicipalityForm f = valid();
        f.setCbsCode(" gm0355 ");
        f.setBrandColour("00529B");
        f.setReplyDomain("Reply.StichtseVecht.nl");

        assertEquals(List.of(), f.validate(true, DEPLOYED));
        MunicipalitySettings s = f.toSettings();
        assertEquals("GM0355", f.cbsCode());
        assertEquals("#00529b", s.brandColour());
        assertEquals("reply.stichtsevecht.nl", s.replyDomain());
        assertEquals(LocalTime.of(23, 0), s.quietFrom());
        assertEquals(Set.of("email", "sms"), s.enabledChannels());
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        MunicipalityForm f = new MunicipalityForm();
        f.setCbsCode("0355");
        f.setName(" ");
        f.setContactEmail("burgernet at gemeente");
        f.setReplyDomain("reply+x@gemeente.nl");
        f.setLogoUrl("ftp://logo");
        f.setBrandColour("blue");
        f.setChannels(List.of());
        f.setQuietFrom("23:00");

        assertEquals(
                List.of(
                        "cbsCode:municipalities.error.cbsCode",
                        "name:municipalities.error.name",
                        "contactEmail:municipalities.error.email",
                        "replyDomain:municipalities.error.replyDomain",
                        "logoUrl:municipalities.error.logoUrl",
                        "brandColour:municipalities.error.brandColour",
                        "channels:municipalities.error.channels",
                        "quietTo:municipalities.error.quietIncomplete"),
                f.validate(true, DEPLOYED).stream()
                        .map(p -> p.field() + ":" + p.messageKey())
                        .toList());
    }

    @Test
    void theCbsCodeIsOnlyCheckedWhenCreating() {
        MunicipalityForm f = valid();
        f.setCbsCode(null);

        assertEquals(List.of(), f.validate(false, DEPLOYED));
    }

    @Test
    void quietHoursMustBeTimesThatDiffer() {
        MunicipalityForm f = valid();
        f.setQuietFrom("25:00");
        assertEquals("quietFrom:municipalities.error.time", only(f));

        f.setQuietFrom("07:00");
        f.setQuietTo("7.00");
        assertEquals("quietTo:municipalities.error.quietEmpty", only(f));
    }

    @Test
    void editingShowsTheStoredSettings() {
        MunicipalitySettings stored = new MunicipalitySettings(
                "info@gemeente.nl",
                "Burgernet Gemeente",
                "burgernet@gemeente.nl",
                "reply.gemeente.nl",
                null,
                "#2e7d32",
                "en",
                Set.of("sms", "email"),
                LocalTime.of(22, 30),
                LocalTime.of(6, 0));

        MunicipalityForm f = MunicipalityForm.of(new MunicipalityView(5, "GM0736", "De Ronde Venen", stored), DEPLOYED);

        assertEquals("GM0736", f.getCbsCode());
        assertEquals(List.of("email", "sms"), f.getChannels());
        assertEquals("22:30", f.getQuietFrom());
        assertEquals("06:00", f.getQuietTo());
        assertEquals("en", f.getDefaultLanguage());
        assertTrue(f.validate(false, DEPLOYED).isEmpty());
        assertEquals(stored, f.toSettings());
    }

    @Test
    void theAlertPolicyIsReadFromTheFormAndCheckedWithTheOtherFields() {
        MunicipalityForm f = valid();
        f.setRegion("  Utrecht ");
        f.setRequiresApproval(true);
        f.setWeeklyBudget(" 5 ");

        assertEquals(List.of(), f.validate(true, DEPLOYED));
        assertEquals(new AlertPolicy("Utrecht", true, 5), f.toAlertPolicy());

        for (String wrong : List.of("0", "101", "", "drie", "2.5")) {
            f.setWeeklyBudget(wrong);
            assertEquals("weeklyBudget:municipalities.error.weeklyBudget", only(f, wrong));
        }
        f.setWeeklyBudget("100");
        f.setRegion("R".repeat(81));
        assertEquals("region:municipalities.error.region", only(f));
    }

    @Test
    void aNewMunicipalityStartsWithTheDefaultPolicy() {
        MunicipalityForm f = valid();

        assertEquals(new AlertPolicy((String) null, false, AlertPolicy.DEFAULT_WEEKLY_BUDGET), f.toAlertPolicy());
    }

    @Test
    void editingShowsTheStoredPolicy() {
        var stored = new MunicipalityView(
                5, "GM0736", "De Ronde Venen", MunicipalitySettings.defaults(), new AlertPolicy("Utrecht", true, 7));

        MunicipalityForm f = MunicipalityForm.of(stored, DEPLOYED);

        assertEquals("Utrecht", f.getRegion());
        assertTrue(f.isRequiresApproval());
        assertEquals("7", f.getWeeklyBudget());
        assertEquals(stored.alertPolicy(), f.toAlertPolicy());
    }

    @Test
    void aPluginsChannelThatWasOnIsKeptButCannotBeAddedByHand() {
        MunicipalitySettings stored = new MunicipalitySettings(
                null, null, null, null, null, "#2e7d32", "nl", Set.of("email", "cap-feed"), null, null);
        MunicipalityForm f = MunicipalityForm.of(new MunicipalityView(5, "GM0736", "De Ronde Venen", stored), DEPLOYED);

        assertEquals(List.of("cap-feed"), f.getOtherChannels());
        assertEquals(List.of(), f.validate(false, DEPLOYED));
        assertEquals(Set.of("email", "cap-feed"), f.toSettings().enabledChannels());

        MunicipalityForm fresh = valid();
        fresh.setChannels(List.of("email", "cap-feed"));
        assertEquals("channels:municipalities.error.channels", only(fresh));
    }

    /** The channels the portal has plugins for. */
    private static final List<String> DEPLOYED = List.of("email", "sms");

    private static String only(MunicipalityForm f) {
        return only(f, "");
    }

    private static String only(MunicipalityForm f, String context) {
        var problems = f.validate(true, DEPLOYED);
        assertEquals(1, problems.size(), context + ": " + problems);
        return problems.get(0).field() + ":" + problems.get(0).messageKey();
    }

    private static MunicipalityForm valid() {
        MunicipalityForm f = new MunicipalityForm();
        f.setCbsCode("GM0355");
        f.setName("Stichtse Vecht");
        f.setContactEmail("burgernet@stichtsevecht.nl");
        f.setSenderName("Burgernet Stichtse Vecht");
        f.setSenderEmail("burgernet@stichtsevecht.nl");
        f.setReplyDomain("reply.stichtsevecht.nl");
        f.setLogoUrl("https://www.stichtsevecht.nl/logo.svg");
        f.setBrandColour("#00529b");
        f.setDefaultLanguage("nl");
        f.setChannels(List.of("email", "sms"));
        f.setQuietFrom("23:00");
        f.setQuietTo("07:00");
        return f;
    }
}
