package nl.burgernet.interfaces.resident;

import java.io.Serializable;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.burgernet.application.resident.ResidentForm;
import nl.burgernet.domain.model.participant.AddressDetails;
import nl.burgernet.domain.model.participant.AddressInput;
import nl.burgernet.domain.model.participant.Channel;
import nl.burgernet.domain.model.participant.ParticipantDetails;
import nl.burgernet.domain.model.participant.ParticipantValidator;

/**
 * The fields of the sign-up and settings forms, exactly as typed, so a form with errors comes back with everything
 * the resident entered. E-mail is ticked by default (Burgernetmail is on unless opted out).
 */
public class ResidentFormModel implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Home plus two more (work, parents) fit most residents; the validator allows a few more. */
    static final int ADDRESS_ROWS = 3;

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private String email;
    private String mobile;
    private final List<AddressRow> addresses = new ArrayList<>();
    private String birthYear;
    private String language;
    private boolean emailChannel = true;
    private boolean smsChannel;
    private boolean voiceChannel;
    private boolean pushChannel;
    private String quietFrom;
    private String quietTo;

    static ResidentFormModel empty(String language) {
        ResidentFormModel m = new ResidentFormModel();
        m.language = language;
        m.fillRows(ADDRESS_ROWS);
        return m;
    }

    static ResidentFormModel of(ParticipantDetails d) {
        ResidentFormModel m = new ResidentFormModel();
        m.email = d.email();
        m.mobile = d.mobile();
        for (AddressDetails a : d.addresses()) {
            m.addresses.add(new AddressRow(a.postcode(), Integer.toString(a.houseNumber()), a.suffix()));
        }
        m.fillRows(Math.min(
                ParticipantValidator.MAX_ADDRESSES,
                Math.max(ADDRESS_ROWS, d.addresses().size() + 1)));
        m.birthYear = Integer.toString(d.birthYear());
        m.language = d.language();
        m.emailChannel = d.emailEnabled();
        m.smsChannel = d.smsEnabled();
        m.voiceChannel = d.voiceEnabled();
        m.pushChannel = d.pushEnabled();
        m.quietFrom = time(d.quietFrom());
        m.quietTo = time(d.quietTo());
        return m;
    }

    ResidentForm toForm() {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        if (emailChannel) channels.add(Channel.EMAIL);
        if (smsChannel) channels.add(Channel.SMS);
        if (voiceChannel) channels.add(Channel.VOICE);
        if (pushChannel) channels.add(Channel.PUSH);
        return new ResidentForm(
                email,
                mobile,
                addresses.stream()
                        .map(a -> new AddressInput(a.getPostcode(), a.getHouseNumber(), a.getSuffix()))
                        .toList(),
                birthYear,
                language,
                channels,
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

    public List<AddressRow> getAddresses() {
        return addresses;
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

    public boolean isEmailChannel() {
        return emailChannel;
    }

    public void setEmailChannel(boolean emailChannel) {
        this.emailChannel = emailChannel;
    }

    public boolean isSmsChannel() {
        return smsChannel;
    }

    public void setSmsChannel(boolean smsChannel) {
        this.smsChannel = smsChannel;
    }

    public boolean isVoiceChannel() {
        return voiceChannel;
    }

    public void setVoiceChannel(boolean voiceChannel) {
        this.voiceChannel = voiceChannel;
    }

    public boolean isPushChannel() {
        return pushChannel;
    }

    public void setPushChannel(boolean pushChannel) {
        this.pushChannel = pushChannel;
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
