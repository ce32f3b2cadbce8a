package nl.burgernet.interfaces.contacts;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.burgernet.channel.api.AddressKind;
import nl.burgernet.channel.api.ChannelDescriptor;
import nl.burgernet.domain.model.participant.ContactDetails;
import nl.burgernet.domain.model.participant.MobileNumber;
import nl.burgernet.domain.model.participant.ParticipantDetails;
import nl.burgernet.domain.model.participant.PhoneNumber;
import nl.burgernet.domain.shared.InvalidValueException;

/**
 * One channel on a participant form (the admin's, the resident's): a tick box with the channel's label and hint in
 * the page's language and, for channels that need a phone number, the number. Drawn from the channels offered here
 * (deployed and enabled), so a form never offers a channel that cannot be used; e-mail channels take the form's
 * e-mail address and ask nothing more. Serializable for view-scoped beans: it keeps texts, not descriptors.
 */
public class ContactChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String channel;
    private final String label;
    private final String hint;
    private final AddressKind kind;
    private boolean on;
    private String number;
    /** A push subscription handed over by the channel's own flow: never shown, kept as it is. */
    private final String kept;

    ContactChoice(String channel, String label, String hint, AddressKind kind, boolean on, String number, String kept) {
        this.channel = channel;
        this.label = label;
        this.hint = hint;
        this.kind = kind;
        this.on = on;
        this.number = number;
        this.kept = kept;
    }

    /**
     * The channels offered, ticked as the participant has them; a new participant ({@code details} null) has the
     * channels on by default ticked.
     */
    public static List<ContactChoice> of(List<ChannelDescriptor> offered, ParticipantDetails details, Locale locale) {
        List<ContactChoice> choices = new ArrayList<>(offered.size());
        for (ChannelDescriptor c : offered) {
            Optional<ContactDetails> stored = details == null ? Optional.empty() : details.contact(c.id());
            boolean on = details == null
                    ? c.onByDefault()
                    : stored.map(ContactDetails::enabled).orElse(false);
            String address = stored.map(ContactDetails::address).orElse(null);
            boolean typed = c.addressKind() == AddressKind.MOBILE_NUMBER || c.addressKind() == AddressKind.PHONE_NUMBER;
            choices.add(new ContactChoice(
                    c.id(),
                    c.label(locale),
                    c.hint(locale),
                    c.addressKind(),
                    on,
                    typed ? national(address) : null,
                    c.addressKind() == AddressKind.PUSH_SUBSCRIPTION ? address : null));
        }
        return choices;
    }

    /** The ids of the ticked channels. */
    public static Set<String> chosen(List<ContactChoice> choices) {
        Set<String> ids = new LinkedHashSet<>();
        choices.stream().filter(c -> c.on).forEach(c -> ids.add(c.channel));
        return ids;
    }

    /** The typed numbers (and kept subscriptions) by channel id, for the validator. */
    public static Map<String, String> addresses(List<ContactChoice> choices) {
        Map<String, String> byChannel = new LinkedHashMap<>();
        for (ContactChoice c : choices) {
            String value = c.isNumberAsked() ? c.number : c.kept;
            if (value != null && !value.isBlank()) {
                byChannel.put(c.channel, value);
            }
        }
        return byChannel;
    }

    /** How a stored number is written in the Netherlands ("06 12345678", "0301234567"), or as stored. */
    public static String national(String e164) {
        if (e164 == null || e164.isBlank()) {
            return null;
        }
        try {
            return new MobileNumber(e164).national();
        } catch (InvalidValueException notMobile) {
            try {
                return new PhoneNumber(e164).national();
            } catch (InvalidValueException notPhone) {
                return e164; // shown as stored, so it can be corrected
            }
        }
    }

    /** Whether the form shows this channel: a push channel only once the resident's device subscribed. */
    public boolean isShown() {
        return kind != AddressKind.PUSH_SUBSCRIPTION || kept != null;
    }

    /** Whether a number is typed next to the box. */
    public boolean isNumberAsked() {
        return kind == AddressKind.MOBILE_NUMBER || kind == AddressKind.PHONE_NUMBER;
    }

    /** What a number looks like, as a placeholder. */
    public String getNumberExample() {
        return kind == AddressKind.PHONE_NUMBER ? "030 1234567" : "06 12345678";
    }

    public String getChannel() {
        return channel;
    }

    public String getLabel() {
        return label;
    }

    public String getHint() {
        return hint;
    }

    public AddressKind getKind() {
        return kind;
    }

    public boolean isOn() {
        return on;
    }

    public void setOn(boolean on) {
        this.on = on;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }
}
