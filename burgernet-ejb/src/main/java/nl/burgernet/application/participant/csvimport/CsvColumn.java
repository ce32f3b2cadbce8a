package nl.burgernet.application.participant.csvimport;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The columns of a participant CSV file, found by the header line (any order, any case; spaces, '-' and '_' are
 * ignored, so "E-mail", "e_mail" and "EMAIL" are the same). Each has an English name (used when exporting) and a
 * Dutch one. The address columns may repeat for more addresses with a number: postcode_2, huisnummer_2, toevoeging_2.
 *
 * <table>
 *   <caption>Columns</caption>
 *   <tr><th>English</th><th>Dutch</th><th>required</th><th>content</th></tr>
 *   <tr><td>email</td><td>e-mail</td><td>yes</td><td>e-mail address</td></tr>
 *   <tr><td>mobile</td><td>mobiel</td><td>no</td><td>Dutch mobile number, 06 12345678 or +31612345678: the address of
 *   every channel that needs a mobile number</td></tr>
 *   <tr><td>phone</td><td>telefoon</td><td>no</td><td>any phone number, 030 1234567: the address of every channel
 *   that calls a phone (the mobile number when there is no phone column)</td></tr>
 *   <tr><td>postcode</td><td>postcode</td><td>yes</td><td>3601 AB</td></tr>
 *   <tr><td>house_number</td><td>huisnummer</td><td>yes</td><td>12, or with suffix 12a</td></tr>
 *   <tr><td>suffix</td><td>toevoeging</td><td>no</td><td>A, 2, bis</td></tr>
 *   <tr><td>birth_year</td><td>geboortejaar</td><td>yes</td><td>1980</td></tr>
 *   <tr><td>language</td><td>taal</td><td>no</td><td>nl (default) or en</td></tr>
 *   <tr><td>channels</td><td>kanalen</td><td>no</td><td>ids or names of the channels the municipality offers, in
 *   any language ("e-mail;SMS"); blank = the channels on by default</td></tr>
 *   <tr><td>quiet_from</td><td>niet_storen_van</td><td>no</td><td>22:00</td></tr>
 *   <tr><td>quiet_to</td><td>niet_storen_tot</td><td>no</td><td>07:00</td></tr>
 * </table>
 */
public enum CsvColumn {
    EMAIL("email", "e-mail", true, false, "emailadres", "mail", "mailadres"),
    MOBILE("mobile", "mobiel", false, false, "mobilenumber", "mobielnummer", "mobielenummer", "mobieltelefoon"),
    POSTCODE("postcode", "postcode", true, true, "postalcode"),
    HOUSE_NUMBER("house_number", "huisnummer", true, true, "huisnr"),
    SUFFIX("suffix", "toevoeging", false, true, "housenumbersuffix", "huisnummertoevoeging"),
    BIRTH_YEAR("birth_year", "geboortejaar", true, false, "yearofbirth"),
    LANGUAGE("language", "taal", false, false),
    CHANNELS("channels", "kanalen", false, false),
    QUIET_FROM("quiet_from", "niet_storen_van", false, false, "quiethoursfrom", "nietstorenvanaf"),
    QUIET_TO("quiet_to", "niet_storen_tot", false, false, "quiethoursto"),
    /** Last: files written before it existed keep their column order. */
    PHONE("phone", "telefoon", false, false, "phonenumber", "telefoonnummer", "vastnummer");

    private final String english;
    private final String dutch;
    private final boolean required;
    private final boolean address;
    private final Set<String> keys;

    CsvColumn(String english, String dutch, boolean required, boolean address, String... moreNames) {
        this.english = english;
        this.dutch = dutch;
        this.required = required;
        this.address = address;
        this.keys = Arrays.stream(moreNames).map(CsvColumn::key).collect(Collectors.toUnmodifiableSet());
    }

    public String english() {
        return english;
    }

    public String dutch() {
        return dutch;
    }

    public boolean required() {
        return required;
    }

    /** Postcode, house number and suffix: one group per address, numbered from the second on. */
    public boolean address() {
        return address;
    }

    /** The header for address group {@code group} (1 = the first, unnumbered). */
    public String header(boolean inDutch, int group) {
        String name = inDutch ? dutch : english;
        return group <= 1 ? name : name + "_" + group;
    }

    /** The column a (number-less) header key names. */
    static Optional<CsvColumn> byKey(String key) {
        return Arrays.stream(values())
                .filter(c -> key(c.english).equals(key) || key(c.dutch).equals(key) || c.keys.contains(key))
                .findFirst();
    }

    /** Lower-case letters and digits only: "E-mail " → "email", "house_number_2" → "housenumber2". */
    static String key(String header) {
        StringBuilder b = new StringBuilder(header.length());
        for (char c : header.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
