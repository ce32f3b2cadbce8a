package nl.burgernet.interfaces.admin;

import java.io.Serializable;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.burgernet.channel.api.ChannelDescriptor;
import nl.burgernet.domain.model.participant.AddressDetails;
import nl.burgernet.domain.model.participant.AddressInput;
import nl.burgernet.domain.model.participant.FieldError;
import nl.burgernet.domain.model.participant.ParticipantDetails;
import nl.burgernet.domain.model.participant.ParticipantRegistrationInput;
import nl.burgernet.domain.model.participant.ParticipantValidator;
import nl.burgernet.interfaces.contacts.ContactChoice;

/**
 * The participant edit form as typed: plain strings, checked by {@link ParticipantValidator} only when saved, so a
 * wrong value is shown back exactly as the admin typed it.
 */
public class ParticipantForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private String email;
    private String birthYear;
    private String language = "nl";
    /** The channels offered here, ticked as the participant has them (a new one: those on by default). */
    private List<ContactChoice> contacts = new ArrayList<>();

    private String quietFrom;
    private String quietTo;
    private List<AddressRow> addresses = new ArrayList<>(List.of(new AddressRow()));

    /** A new participant: the channels on by default, Dutch, one empty address. */
    public static ParticipantForm blank(List<ChannelDescriptor> offered, Locale locale) {
        ParticipantForm f = new ParticipantForm();
        f.contacts = new ArrayList<>(ContactChoice.of(offered, null, locale));
        return f;
    }

    public static ParticipantForm of(ParticipantDetails d, List<ChannelDescriptor> offered, Locale locale) {
        ParticipantForm f = new ParticipantForm();
        f.email = d.email();
        f.birthYear = Integer.toString(d.birthYear());
        f.language = d.language();
        f.contacts = new ArrayList<>(ContactChoice.of(offered, d, locale));
        f.quietFrom = time(d.quietFrom());
        f.quietTo = time(d.quietTo());
        f.addresses = new ArrayList<>(d.addresses().stream().map(AddressRow::of).toList());
        if (f.addresses.isEmpty()) {
            f.addresses.add(new AddressRow());
        }
        return f;
    }

    /** What the validator checks. */
    public ParticipantRegistrationInput toInput() {
        return new ParticipantRegistrationInput(
                email,
                addresses.stream().map(AddressRow::toInput).toList(),
                birthYear,
                language,
                String.join(";", ContactChoice.chosen(contacts)),
                ContactChoice.addresses(contacts),
                quietFrom,
                quietTo);
    }

    /**
     * The check the validator cannot make: it reads a blank channel list as "the default", but an admin who unticked
     * every box means none, which is not allowed.
     */
    public Optional<FieldError> channelError() {
        return ContactChoice.chosen(contacts).isEmpty()
                ? Optional.of(FieldError.of("channels", ParticipantValidator.CHANNELS_NONE))
                : Optional.empty();
    }

    public void addAddress() {
        if (addresses.size() < ParticipantValidator.MAX_ADDRESSES) {
            addresses.add(new AddressRow());
        }
    }

    public void removeAddress(int index) {
        if (addresses.size() > 1 && index >= 0 && index < addresses.size()) {
            addresses.remove(index);
        }
    }

    public boolean isAddressLimitReached() {
        return addresses.size() >= ParticipantValidator.MAX_ADDRESSES;
    }

    private static String time(LocalTime t) {
        return t == null ? "" : HH_MM.format(t);
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

    public List<ContactChoice> getContacts() {
        return contacts;
    }

    /** The channel ids in form order: where a channel's error is shown. */
    public List<String> channelIds() {
        return contacts.stream().map(ContactChoice::getChannel).toList();
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

    public List<AddressRow> getAddresses() {
        return addresses;
    }

    /** One address line of the form. */
    public static class AddressRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String postcode;
        private String houseNumber;
        private String suffix;

        static AddressRow of(AddressDetails a) {
            AddressRow row = new AddressRow();
            String pc = a.postcode();
            row.postcode = pc.length() == 6 ? pc.substring(0, 4) + " " + pc.substring(4) : pc;
            row.houseNumber = Integer.toString(a.houseNumber());
            row.suffix = a.suffix() == null ? "" : a.suffix();
            return row;
        }

        AddressInput toInput() {
            return new AddressInput(postcode, houseNumber, suffix);
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
