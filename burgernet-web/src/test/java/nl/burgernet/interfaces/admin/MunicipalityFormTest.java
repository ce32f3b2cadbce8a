package nl.burgernet.interfaces.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import nl.burgernet.application.municipality.MunicipalityView;
import nl.burgernet.domain.model.municipality.MunicipalitySettings;
import org.junit.jupiter.api.Test;

class MunicipalityFormTest {

    @Test
    void aCompleteFormBecomesSettings() {
        MunicipalityForm f = valid();
        f.setCbsCode(" gm0355 ");
        f.setBrandColour("00529B");
        f.setReplyDomain("Reply.StichtseVecht.nl");

        assertEquals(List.of(), f.validate(true));
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
                f.validate(true).stream()
                        .map(p -> p.field() + ":" + p.messageKey())
                        .toList());
    }

    @Test
    void theCbsCodeIsOnlyCheckedWhenCreating() {
        MunicipalityForm f = valid();
        f.setCbsCode(null);

        assertEquals(List.of(), f.validate(false));
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

        MunicipalityForm f = MunicipalityForm.of(new MunicipalityView(5, "GM0736", "De Ronde Venen", stored));

        assertEquals("GM0736", f.getCbsCode());
        assertEquals(List.of("email", "sms"), f.getChannels());
        assertEquals("22:30", f.getQuietFrom());
        assertEquals("06:00", f.getQuietTo());
        assertEquals("en", f.getDefaultLanguage());
        assertTrue(f.validate(false).isEmpty());
        assertEquals(stored, f.toSettings());
    }

    private static String only(MunicipalityForm f) {
        var problems = f.validate(true);
        assertEquals(1, problems.size(), problems.toString());
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
