package nl.burgernet.interfaces.resident;

import java.io.Serializable;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.burgernet.application.resident.ResidentForm;
import nl.burgernet.channel.api.AddressKind;
import nl.burgernet.channel.api.ChannelDescriptor;
import nl.burgernet.domain.model.participant.AddressDetails;
import nl.burgernet.domain.model.participant.AddressInput;
import nl.burgernet.domain.model.participant.ParticipantDetails;
import nl.burgernet.domain.model.participant.ParticipantValidator;
import nl.burgernet.interfaces.contacts.ContactChoice;

/**
 * The fields of the sign-up and settings forms, exactly as typed, so a form with errors comes back with everything
 * the resident entered. The channels are those offered (deployed and switched on), the ones on by default ticked for a
 * new resident (Burgernetmail is on unless opted out).
 */
public class ResidentFormModel implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Home plus two more (work, parents) fit most residents; the validator allows a few more. */
    static final int ADDRESS_ROWS = 3;

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private String email;
    private final List<AddressRow> addresses = new ArrayList<>();
    private String birthYear;
    private String language;
    private List<ContactChoice> contacts = new ArrayList<>();
    private String quietFrom;
    private String quietTo;

    static ResidentFormModel empty(String language, List<ChannelDescriptor> offered, Locale locale) {
        ResidentFormModel m = new ResidentFormModel();
        m.language = language;
        m.contacts = new ArrayList<>(ContactChoice.of(offered, null, locale));
        m.fillRows(ADDRESS_ROWS);
        return m;
    }

    static ResidentFormModel of(ParticipantDetails d, List<ChannelDescriptor> offered, Locale locale) {
        ResidentFormModel m = new ResidentFormModel();
        m.email = d.email();
        m.contacts = new ArrayList<>(ContactChoice.of(offered, d, locale));
        for (AddressDetails a : d.addresses()) {
            m.addresses.add(new AddressRow(a.postcode(), Integer.toString(a.houseNumber()), a.suffix()));
        }
        m.fillRows(Math.min(
                ParticipantValidator.MAX_ADDRESSES,
                Math.max(ADDRESS_ROWS, d.addresses().size() + 1)));
        m.birthYear = Integer.toString(d.birthYear());
        m.language = d.language();
        m.quietFrom = time(d.quietFrom());
        m.quietTo = time(d.quietTo());
        return m;
    }

    ResidentForm toForm() {
        return new ResidentForm(
                email,
                addresses.stream()
                        .map(a -> new AddressInput(a.getPostcode(), a.getHouseNumber(), a.getSuffix()))
                        .toList(),
                birthYear,
                language,
                ContactChoice.chosen(contacts),
                ContactChoice.addresses(contacts),
                quietFrom,
                quietTo);
    }

    private void fillRows(int rows) {
        while (addresses.size() < rows) {
            addresses.add(new AddressRow(null, null, null));
        }
    }

    private static String time(LocalTime t) {
        return t == null ? null : HH_MM.format(t);
    }

    public List<ContactChoice> getContacts() {
        return contacts;
    }

    /** Whether a channel that sends e-mail is offered but off: the page offers to turn it back on. */
    public boolean isEmailOff() {
        return contacts.stream().anyMatch(c -> c.getKind() == AddressKind.EMAIL && !c.isOn());
    }

    public List<AddressRow> getAddresses() {
        return addresses;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(String birthYear) {
        this.birthYear = birthYear;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getQuietFrom() {
        return quietFrom;
    }

    public void setQuietFrom(String quietFrom) {
        this.quietFrom = quietFrom;
    }

    public String getQuietTo() {
        return quietTo;
    }

    public void setQuietTo(String quietTo) {
        this.quietTo = quietTo;
    }

    /** One address row of the form. */
    public static class AddressRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String postcode;
        private String houseNumber;
        private String suffix;

        AddressRow(String postcode, String houseNumber, String suffix) {
            this.postcode = postcode;
            this.houseNumber = houseNumber;
            this.suffix = suffix;
        }

        public String getPostcode() {
            return postcode;
        }

        public void setPostcode(String postcode) {
            this.postcode = postcode;
        }

        public String getHouseNumber() {
            return houseNumber;
        }

        public void setHouseNumber(String houseNumber) {
            this.houseNumber = houseNumber;
        }

        public String getSuffix() {
            return suffix;
        }

        public void setSuffix(String suffix) {
            this.suffix = suffix;
        }
    }
}
