package nl.burgernet.interfaces.admin;

import java.io.Serializable;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.burgernet.domain.model.participant.AddressDetails;
import nl.burgernet.domain.model.participant.AddressInput;
import nl.burgernet.domain.model.participant.FieldError;
import nl.burgernet.domain.model.participant.MobileNumber;
import nl.burgernet.domain.model.participant.ParticipantDetails;
import nl.burgernet.domain.model.participant.ParticipantRegistrationInput;
import nl.burgernet.domain.model.participant.ParticipantValidator;
import nl.burgernet.domain.shared.InvalidValueException;

/**
 * The participant edit form as typed: plain strings, checked by {@link ParticipantValidator} only when saved, so a
 * wrong value is shown back exactly as the admin typed it.
 */
public class ParticipantForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private String email;
    private String mobile;
    private String birthYear;
    private String language = "nl";
    /** Channel ids that are on. E-mail is on unless the participant opted out (the Burgernetmail rule). */
    private List<String> channels = new ArrayList<>(List.of("email"));

    private String quietFrom;
    private String quietTo;
    private List<AddressRow> addresses = new ArrayList<>(List.of(new AddressRow()));

    /** A new participant: e-mail on, Dutch, one empty address. */
    public static ParticipantForm blank() {
        return new ParticipantForm();
    }

    public static ParticipantForm of(ParticipantDetails d) {
        ParticipantForm f = new ParticipantForm();
        f.email = d.email();
        f.mobile = national(d.mobile());
        f.birthYear = Integer.toString(d.birthYear());
        f.language = d.language();
        f.channels = new ArrayList<>();
        if (d.emailEnabled()) f.channels.add("email");
        if (d.smsEnabled()) f.channels.add("sms");
        if (d.voiceEnabled()) f.channels.add("voice");
        if (d.pushEnabled()) f.channels.add("push");
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
                mobile,
                addresses.stream().map(AddressRow::toInput).toList(),
                birthYear,
                language,
                String.join(";", channels),
                quietFrom,
                quietTo);
    }

    /**
     * The check the validator cannot make: it reads a blank channel list as "the default, e-mail only", but an admin
     * who unticked every box means none, which is not allowed.
     */
    public Optional<FieldError> channelError() {
        return channels.isEmpty()
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

    private static String national(String e164) {
        if (e164 == null || e164.isBlank()) {
            return "";
        }
        try {
            return new MobileNumber(e164).national();
        } catch (InvalidValueException e) {
            return e164; // shown as stored, so the admin can correct it
        }
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

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
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

    public List<String> getChannels() {
        return channels;
    }

    public void setChannels(List<String> channels) {
        this.channels = channels == null ? new ArrayList<>() : new ArrayList<>(channels);
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
