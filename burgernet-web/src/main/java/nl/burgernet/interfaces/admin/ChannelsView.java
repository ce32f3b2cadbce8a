package nl.burgernet.interfaces.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.burgernet.application.channel.ChannelPluginFailure;
import nl.burgernet.application.channel.ChannelSettingsService;
import nl.burgernet.application.channel.FieldProblem;
import nl.burgernet.application.channel.SaveOutcome;
import nl.burgernet.application.channel.ToggleOutcome;
import nl.burgernet.interfaces.security.CurrentUser;
import nl.burgernet.interfaces.security.Messages;

/**
 * The channels page: per deployed channel a card with what it can do, a switch, and its settings form drawn from the
 * channel's schema; below them, channels the municipality had switched on whose plugin is no longer deployed. Each
 * card saves on its own, so one channel's mistakes never hold up another's settings.
 */
@Named
@ViewScoped
public class ChannelsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ChannelsView.class.getName());

    @Inject
    ChannelSettingsService channels;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private List<ChannelCard> cards = new ArrayList<>();

    @PostConstruct
    void load() {
        if (currentUser.getMunicipalityId() == null) {
            return;
        }
        cards = new ArrayList<>(
                channels.overview(locale()).stream().map(ChannelCard::new).toList());
    }

    public void save(String channelId) {
        ChannelCard card = card(channelId);
        card.clearFeedback();
        SaveOutcome outcome;
        try {
            outcome = channels.save(channelId, card.submitted(), locale());
        } catch (ChannelPluginFailure e) {
            card.saveProblems(List.of(messages.get("channels.error.pluginFailed")));
            return;
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "Saving the settings of channel " + channelId + " failed", e);
            card.saveProblems(List.of(messages.get("channels.error.saveFailed")));
            return;
        }
        if (outcome.saved()) {
            ChannelCard fresh = reloaded(channelId);
            fresh.notice(messages.get("channels.saved"));
            cards.set(cards.indexOf(card), fresh);
            return;
        }
        for (FieldProblem p : outcome.fieldProblems()) {
            String label = card.getFields().stream()
                    .filter(f -> f.getName().equals(p.field()))
                    .map(SettingInput::getLabel)
                    .findFirst()
                    .orElse(p.field());
            card.fieldError(
                    p.field(), messages.format("channels.error." + p.kind().name(), label));
        }
        card.saveProblems(
                outcome.fieldProblems().isEmpty()
                        ? outcome.channelProblems()
                        : List.of(messages.get("channels.error.fixFields")));
    }

    /** The switch has already set the card's new state; the service decides whether it stands. */
    public void toggle(String channelId) {
        ChannelCard card = card(channelId);
        card.clearFeedback();
        boolean wanted = card.isEnabled();
        ToggleOutcome outcome = channels.setEnabled(channelId, wanted);
        switch (outcome) {
            case DONE -> card.notice(messages.get(wanted ? "channels.switchedOn" : "channels.switchedOff"));
            case LAST_CHANNEL -> {
                card.setEnabled(true);
                card.saveProblems(List.of(messages.get("channels.error.lastChannel")));
            }
            case NOT_INSTALLED -> {
                card.setEnabled(false);
                card.saveProblems(List.of(messages.get("channels.error.notInstalled")));
            }
        }
    }

    private ChannelCard reloaded(String channelId) {
        return channels.overview(locale()).stream()
                .filter(o -> o.id().equals(channelId))
                .findFirst()
                .map(ChannelCard::new)
                .orElseThrow();
    }

    private ChannelCard card(String channelId) {
        return cards.stream()
                .filter(c -> c.getId().equals(channelId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No channel " + channelId + " on this page"));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** The plugin's own name in the admin's language; a channel whose plugin is gone keeps its id. */
    public String title(ChannelCard card) {
        return card.isInstalled() ? card.getName() : card.getId();
    }

    public List<ChannelCard> getCards() {
        return cards;
    }

    /** Whether any channel is listed; false also when no municipality is selected. */
    public boolean isMunicipalitySelected() {
        return currentUser.getMunicipalityId() != null;
    }
}
