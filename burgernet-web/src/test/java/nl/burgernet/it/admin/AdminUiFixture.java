package nl.burgernet.it.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import nl.burgernet.application.identity.UserService;
import nl.burgernet.application.municipality.MunicipalityService;
import nl.burgernet.domain.model.identity.Role;
import nl.burgernet.domain.model.municipality.MunicipalitySettings;
import nl.burgernet.domain.model.participant.AddressDetails;
import nl.burgernet.domain.model.participant.ContactDetails;
import nl.burgernet.domain.model.participant.ParticipantDetails;
import nl.burgernet.domain.model.participant.ParticipantStatus;

/**
 * Two municipalities for the browser tests (their own CBS codes and logins: all IT classes share one database), a
 * login for each role, and participants: in Vechtstede (A) a table's worth spread over Maarssen (postcode area 3601,
 * {@value #A_PARTICIPANTS_IN_3601} of them), Breukelen and Loenen; in Plassendorp (B) a few in Mijdrecht. Tests that add
 * or remove participants work in Proefdorp (C), so the counts of A stay what the other tests expect.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
// Each step commits on its own: later steps (other transactions) refer to the municipalities created first.
@TransactionManagement(TransactionManagementType.BEAN)
public class AdminUiFixture {

    public static final String PASSWORD = "admin-ui-test";
    public static final String A = "GM9101";
    public static final String A_NAME = "Vechtstede";
    public static final String B = "GM9102";
    public static final String B_NAME = "Plassendorp";
    public static final String PLATFORM_ADMIN = "ui-platform";
    public static final String ADMIN_A = "ui-admin-a";
    public static final String ADMIN_B = "ui-admin-b";
    public static final String OPERATOR = "ui-operator";
    /** A third municipality whose participant list the import and edit tests may change. */
    public static final String C = "GM9103";

    public static final String C_NAME = "Proefdorp";
    public static final String ADMIN_C = "ui-admin-c";
    public static final String C_EMAIL = "al.ingeschreven@example.nl";
    public static final String B_EMAIL = "alleen.plassendorp@example.nl";
    public static final String A_EMAIL = "anna.devries@example.nl";
    public static final int A_PARTICIPANTS_IN_3601 = 8;
    /** Every third, from the second on (see {@link #details}). */
    public static final int A_PARTICIPANTS_WITH_SMS = 8;
    /** All but two awaiting confirmation and two unsubscribed. */
    public static final int A_ACTIVE = 20;
    /** One of those with SMS is awaiting confirmation. */
    public static final int A_ACTIVE_WITH_SMS = 7;

    private static final String[] NAMES = {
        "anna.devries",
        "jan.bakker",
        "sanne.visser",
        "p.jansen",
        "emma.smit",
        "daan.meijer",
        "lotte.bos",
        "kees.mulder",
        "fatima.elamrani",
        "willem.dekker",
        "noor.brouwer",
        "ruben.hoekstra",
        "ingrid.prins",
        "yusuf.yilmaz",
        "marieke.koster",
        "bram.dewit",
        "eva.vos",
        "thijs.peters",
        "lisa.hendriks",
        "sem.dijkstra",
        "julia.kok",
        "finn.jacobs",
        "gerrit.vanvliet",
        "priya.huisman"
    };
    private static final String[] POSTCODES_A = {
        "3601AB", "3601AE", "3601AK", "3601AS", "3601AV", "3601DB", "3601DH", "3601DK", "3621AB", "3621AE", "3621AK",
        "3632AB", "3632AE", "3611AB", "3621AS", "3632AK", "3621AV", "3611AE", "3632AS", "3621DB", "3611AK", "3632AV",
        "3621DH", "3611AS"
    };

    @Inject
    MunicipalityService municipalities;

    @Inject
    UserService users;

    @Inject
    FixtureParticipants participants;

    @PostConstruct
    void create() {
        if (municipalities.findByCbsCode(A).isPresent()) {
            return;
        }
        long a = municipalities
                .createForSetup(A, A_NAME, settings("#00529b", Set.of("email", "sms")))
                .id();
        long b = municipalities
                .createForSetup(B, B_NAME, settings("#2e7d32", Set.of("email")))
                .id();
        long c = municipalities
                .createForSetup(C, C_NAME, settings("#8a4baf", Set.of("email")))
                .id();
        users.createDuringSetup(user(ADMIN_C, "Beheer Proefdorp", Role.MUNICIPALITY_ADMIN, Set.of(c)), true);
        participants.add(c, details(C_EMAIL, "3601AK", 43, 0), ParticipantStatus.ACTIVE, Instant.now());
        users.createDuringSetup(user(PLATFORM_ADMIN, "Platformbeheer", Role.PLATFORM_ADMIN, Set.of()), true);
        users.createDuringSetup(user(ADMIN_A, "Beheer Vechtstede", Role.MUNICIPALITY_ADMIN, Set.of(a)), true);
        users.createDuringSetup(user(ADMIN_B, "Beheer Plassendorp", Role.MUNICIPALITY_ADMIN, Set.of(b)), true);
        users.createDuringSetup(user(OPERATOR, "Meldkamer Midden", Role.OPERATOR, Set.of(a, b)), true);
        Instant start = Instant.parse("2018-04-09T09:00:00Z");
        for (int i = 0; i < NAMES.length; i++) {
            ParticipantStatus status = i % 11 == 5
                    ? ParticipantStatus.AWAITING_CONFIRMATION
                    : i % 11 == 9 ? ParticipantStatus.UNSUBSCRIBED : ParticipantStatus.ACTIVE;
            participants.add(
                    a,
                    details(NAMES[i] + "@example.nl", POSTCODES_A[i], 3 + i * 7 % 60, i),
                    status,
                    start.plus(i * 97L, ChronoUnit.DAYS));
        }
        participants.add(b, details(B_EMAIL, "3641AB", 8, 1), ParticipantStatus.ACTIVE, start);
        participants.add(b, details("b.tweede@example.nl", "3641AE", 9, 2), ParticipantStatus.ACTIVE, start);
    }

    private static MunicipalitySettings settings(String colour, Set<String> channels) {
        return new MunicipalitySettings(
                null, null, null, null, null, colour, "nl", channels, LocalTime.of(23, 0), LocalTime.of(7, 0));
    }

    private static UserService.NewUser user(String name, String displayName, Role role, Set<Long> municipalities) {
        return new UserService.NewUser(name, displayName, PASSWORD.toCharArray(), role, municipalities);
    }

    /** A mix of channels and birth years, like a real municipality's list. */
    private static ParticipantDetails details(String email, String postcode, int number, int i) {
        boolean sms = i % 3 == 1;
        boolean push = i % 4 == 2;
        String mobile = sms || i % 5 == 0 ? "+316" + (12345670 + i) : null;
        List<ContactDetails> contacts = new java.util.ArrayList<>();
        contacts.add(new ContactDetails("email", email, i % 11 != 9));
        if (mobile != null) {
            contacts.add(new ContactDetails("sms", mobile, sms));
        }
        if (push) {
            contacts.add(new ContactDetails("push", null, true));
        }
        return new ParticipantDetails(
                email,
                null,
                1948 + i * 13 % 58,
                i % 6 == 3 ? "en" : "nl",
                contacts,
                i % 2 == 0 ? LocalTime.of(23, 0) : null,
                i % 2 == 0 ? LocalTime.of(7, 0) : null,
                List.of(new AddressDetails(postcode, number, i % 7 == 4 ? "A" : null, place(postcode), 52.14, 5.04)));
    }

    private static String place(String postcode) {
        return switch (postcode.substring(0, 4)) {
            case "3601" -> "Maarssen";
            case "3611" -> "Oud Zuilen";
            case "3621" -> "Breukelen";
            case "3632" -> "Loenen aan de Vecht";
            default -> "Mijdrecht";
        };
    }
}
