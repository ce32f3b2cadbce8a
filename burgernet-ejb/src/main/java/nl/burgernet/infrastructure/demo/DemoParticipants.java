package nl.burgernet.infrastructure.demo;

import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import nl.burgernet.channel.api.ChannelDescriptor;
import nl.burgernet.domain.model.participant.AddressDetails;
import nl.burgernet.domain.model.participant.ContactDetails;
import nl.burgernet.domain.model.participant.ParticipantDetails;
import nl.burgernet.infrastructure.geo.PostcodeEntry;

/**
 * Generated residents for the demo: spread over a municipality's real places and postcode areas, with the channel
 * mix and growth a municipality like Stichtse Vecht reports (most on e-mail, a minority with a mobile number on the
 * channels that text or call it, +4.5 % a year). The channels are those the municipality offers, whatever plugins
 * are deployed. Seeded, so every fresh demo database looks the same.
 */
final class DemoParticipants {

    private static final String[] FIRST_NAMES = {
        "Jan",
        "Piet",
        "Kees",
        "Henk",
        "Willem",
        "Sanne",
        "Emma",
        "Sophie",
        "Julia",
        "Lotte",
        "Daan",
        "Lucas",
        "Sem",
        "Finn",
        "Levi",
        "Anna",
        "Eva",
        "Fleur",
        "Lisa",
        "Noor",
        "Bram",
        "Thijs",
        "Ruben",
        "Joris",
        "Maaike",
        "Ingrid",
        "Marieke",
        "Gerrit",
        "Annelies",
        "Mohammed",
        "Fatima",
        "Yusuf",
        "Ayse",
        "Priya",
        "Wei"
    };
    private static final String[] LAST_NAMES = {
        "de Jong",
        "Jansen",
        "de Vries",
        "van den Berg",
        "van Dijk",
        "Bakker",
        "Janssen",
        "Visser",
        "Smit",
        "Meijer",
        "de Boer",
        "Mulder",
        "de Groot",
        "Bos",
        "Vos",
        "Peters",
        "Hendriks",
        "van Leeuwen",
        "Dekker",
        "Brouwer",
        "de Wit",
        "Dijkstra",
        "Smits",
        "de Graaf",
        "van der Meer",
        "Kok",
        "Jacobs",
        "van Vliet",
        "El Amrani",
        "Yilmaz",
        "Hoekstra",
        "Verhoeven",
        "Koster",
        "Prins",
        "Huisman"
    };

    private DemoParticipants() {}

    /**
     * {@code count} participants living on the given postcodes, created over the last two years.
     *
     * @param channels the channels the municipality offers: e-mail channels get the e-mail address, and the
     *     participants with a mobile number ({@code mobilePercent} of them) have every mobile channel on, and now
     *     and then a phone channel
     */
    static List<Generated> generate(
            List<PostcodeEntry> postcodes,
            int count,
            long seed,
            String mailDomain,
            List<ChannelDescriptor> channels,
            int mobilePercent) {
        Random random = new Random(seed);
        Instant now = Instant.now();
        List<Generated> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
            String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
            String email = (first + "." + last.replace(" ", "")).toLowerCase(Locale.ROOT) + i + "@" + mailDomain;
            PostcodeEntry home = postcodes.get(random.nextInt(postcodes.size()));
            List<AddressDetails> addresses = new ArrayList<>();
            addresses.add(address(home, 1 + random.nextInt(180), random));
            if (random.nextInt(100) < 8) {
                addresses.add(address(postcodes.get(random.nextInt(postcodes.size())), 1 + random.nextInt(60), random));
            }
            boolean quiet = random.nextInt(100) < 30;
            String mobile =
                    random.nextInt(100) < mobilePercent ? "+316" + (10_000_000 + random.nextInt(89_999_999)) : null;
            boolean emailOn = random.nextInt(100) >= 5;
            boolean callsToo = random.nextInt(100) < 25;
            List<ContactDetails> contacts = new ArrayList<>();
            for (ChannelDescriptor channel : channels) {
                switch (channel.addressKind()) {
                    case EMAIL -> contacts.add(new ContactDetails(channel.id(), email, emailOn));
                    case MOBILE_NUMBER -> {
                        if (mobile != null) {
                            contacts.add(new ContactDetails(channel.id(), mobile, true));
                        }
                    }
                    case PHONE_NUMBER -> {
                        if (mobile != null) {
                            contacts.add(new ContactDetails(channel.id(), mobile, callsToo));
                        }
                    }
                    default -> {
                        // Push subscriptions come from a browser; channels without an address are nobody's choice.
                    }
                }
            }
            ParticipantDetails details = new ParticipantDetails(
                    email,
                    first + " " + last,
                    1940 + random.nextInt(69),
                    random.nextInt(100) < 95 ? "nl" : "en",
                    contacts,
                    quiet ? LocalTime.of(22 + random.nextInt(2), 0) : null,
                    quiet ? LocalTime.of(6 + random.nextInt(2), 30) : null,
                    addresses);
            // Sign-ups lean towards recent months: the programme grows. The time of day goes back from the day
            // reached, never forward: the newest sign-ups must not lie in the future ("Aangemeld" tomorrow).
            double age = Math.pow(random.nextDouble(), 1.3);
            Instant created = now.minus((long) (age * 730), ChronoUnit.DAYS).minusSeconds(random.nextInt(86_400));
            result.add(new Generated(details, created));
        }
        return result;
    }

    private static AddressDetails address(PostcodeEntry entry, int number, Random random) {
        String suffix = random.nextInt(100) < 7 ? String.valueOf((char) ('A' + random.nextInt(4))) : null;
        // A few metres between houses on one postcode, as the offline geocoder does.
        double lat = entry.centre().latitude() + (random.nextDouble() - 0.5) * 0.0015;
        double lon = entry.centre().longitude() + (random.nextDouble() - 0.5) * 0.0025;
        return new AddressDetails(entry.postcode().value(), number, suffix, entry.place(), lat, lon);
    }

    record Generated(ParticipantDetails details, Instant createdAt) {}
}
