package nl.burgernet.interfaces.resident;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.burgernet.application.resident.ResidentAccount;
import nl.burgernet.application.resident.ResidentLinks;
import nl.burgernet.application.resident.ResidentPreferences;
import nl.burgernet.application.resident.ResidentService;
import nl.burgernet.application.resident.UpdateOutcome;

/**
 * The resident's settings page. Opened with a manage link (mailed to the resident, short-lived): addresses, channels,
 * quiet hours, language, e-mail address; turning e-mail back on; links to the data download and to erasure. Opened with
 * the preferences link of an alert message (which may have been forwarded): the channels on or off, and a button that
 * mails a manage link to the address on record, nothing else.
 */
@Named
@ViewScoped
public class ManageView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Inject
    ResidentService residents;

    private String token;
    private ResidentAccount account;
    private ResidentFormModel form;
    private List<String> errors = List.of();
    private String notice;
    private String municipalityName;
    private boolean linkValid;
    private boolean fullAccess;
    private List<ChannelRow> channelRows = List.of();
    private boolean closed;
    /** As stored (not as typed): an e-mail channel is off. */
    private boolean emailOff;

    public void load() {
        ResidentLinks.Access access = residents.access(token);
        if (access == ResidentLinks.Access.PREFERENCES) {
            loadPreferences();
        } else {
            reload();
        }
    }

    private void loadPreferences() {
        Optional<ResidentPreferences> preferences = residents.preferences(token);
        linkValid = preferences.isPresent();
        fullAccess = false;
        preferences.ifPresent(p -> {
            municipalityName = p.municipalityName();
            Locale locale = texts().locale();
            Map<String, Boolean> on = new LinkedHashMap<>();
            p.channels().forEach(c -> on.put(c.id(), c.on()));
            channelRows = residents.channelsOfManageLink(token).stream()
                    .filter(d -> on.containsKey(d.id()))
                    .map(d -> new ChannelRow(d.id(), d.label(locale), on.get(d.id())))
                    .toList();
        });
    }

    /** The preferences page's save: the ticked channels on, the others off. */
    public void savePreferences() {
        Set<String> on = new LinkedHashSet<>();
        channelRows.stream().filter(ChannelRow::isOn).forEach(r -> on.add(r.getChannel()));
        if (residents.setChannels(token, on)) {
            notice = texts().get("preferences.saved");
            loadPreferences();
        } else {
            linkValid = false;
        }
    }

    /** The preferences page's "e-mail me a link to all my details"; the notice is the same whatever happened. */
    public void mailManageLink() {
        if (residents.mailManageLink(token)) {
            notice = texts().get("preferences.linkSent");
        } else {
            linkValid = false;
        }
    }

    public void save() {
        ResidentTexts texts = texts();
        switch (residents.update(token, form.toForm())) {
            case UpdateOutcome.Invalid invalid -> {
                errors = invalid.errors().stream().map(texts::error).toList();
                notice = null;
            }
            case UpdateOutcome.Saved saved -> {
                errors = List.of();
                switch (saved.newEmail()) {
                    case UNCHANGED -> {
                        notice = texts.get("manage.saved");
                        reload();
                    }
                    // The form closes either way: whoever controls the new mailbox continues from its mail.
                    case CONFIRMATION_SENT -> {
                        notice = texts.get("manage.newEmailSent");
                        closed = true;
                    }
                    case MAIL_FAILED -> {
                        notice = texts.get("manage.newEmailFailed");
                        closed = true;
                    }
                }
            }
            case UpdateOutcome.LinkInvalid ignored -> linkValid = false;
        }
    }

    public void turnEmailOn() {
        if (residents.resubscribe(token)) {
            notice = texts().get("manage.emailOnDone");
            reload();
        } else {
            linkValid = false;
        }
    }

    private void reload() {
        account = residents.open(token).orElse(null);
        linkValid = account != null;
        fullAccess = linkValid;
        if (linkValid) {
            municipalityName = account.municipalityName();
            form = ResidentFormModel.of(account.details(), residents.channelsOfManageLink(token), texts().locale());
            emailOff = form.isEmailOff();
        }
    }

    private static ResidentTexts texts() {
        return new ResidentTexts(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public String getSignedUpAt() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(texts().locale())
                .format(account.signedUpAt().atZone(AMSTERDAM));
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public ResidentAccount getAccount() {
        return account;
    }

    public ResidentFormModel getForm() {
        return form;
    }

    public List<String> getErrors() {
        return errors;
    }

    public String getNotice() {
        return notice;
    }

    public boolean isEmailOff() {
        return emailOff;
    }

    public boolean isLinkValid() {
        return linkValid;
    }

    /** A manage link: the whole page. Otherwise (a valid preferences link) the channels only. */
    public boolean isFullAccess() {
        return fullAccess;
    }

    public List<ChannelRow> getChannelRows() {
        return channelRows;
    }

    public String getMunicipalityName() {
        return municipalityName;
    }

    /** One channel on the preferences page: its name in the page's language and whether it is on. */
    public static class ChannelRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String channel;
        private final String label;
        private boolean on;

        ChannelRow(String channel, String label, boolean on) {
            this.channel = channel;
            this.label = label;
            this.on = on;
        }

        public String getChannel() {
            return channel;
        }

        public String getLabel() {
            return label;
        }

        public boolean isOn() {
            return on;
        }

        public void setOn(boolean on) {
            this.on = on;
        }
    }

    /** The resident moved to a new e-mail address: only the notice is shown, no form. */
    public boolean isClosed() {
        return closed;
    }
}
